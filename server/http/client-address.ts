import ipaddr from "ipaddr.js";
import { env } from "@/server/env";

/**
 * The TCP peer's address, which Next does not expose to route handlers or server actions. `next start` keeps a
 * client-sent X-Forwarded-For as it is and sets it from the socket only when absent (`??=` in next/dist/server/
 * base-server.js), so that header alone can never tell a direct client's real address from one it made up.
 * patches/next+16.4.6.patch makes Next always write the socket's address here, overwriting anything a client sent.
 */
export const SOCKET_ADDRESS_HEADER = "x-rf-socket-address";

/** Requests without a socket header (none under `next start`) share one key rather than trust a client's claim. */
export const UNKNOWN_ADDRESS = "unknown";

/** One IPv6 host usually holds a whole /64, so it is one client; IPv4-mapped addresses are plain IPv4. */
function normalise(raw: string | null | undefined): string | null {
  const value = raw?.trim().toLowerCase().replace(/^\[|\]$/g, "");
  if (!value) return null;
  if (!ipaddr.isValid(value)) return value.slice(0, 64);
  const address = ipaddr.process(value); // unwraps ::ffff:a.b.c.d
  if (address.kind() === "ipv4") return address.toString();
  return `${(address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(":")}::/64`;
}

/**
 * The address rate limits are keyed on. With `trustProxy` 0 it is the socket's, whatever X-Forwarded-For says. With N,
 * N proxies each appended the address they saw, so the chain (X-Forwarded-For, then the socket) is read N hops from the
 * right; entries further left were written by the client and are never used. A request with a shorter chain than N
 * gets its left-most entry, so the app must be reachable only through those proxies.
 */
export function clientAddressFrom(headers: Headers, trustProxy: number): string {
  const socket = normalise(headers.get(SOCKET_ADDRESS_HEADER)) ?? UNKNOWN_ADDRESS;
  if (trustProxy <= 0) return socket;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise);
  const chain = [...forwarded.filter((a): a is string => a !== null), socket];
  return chain[Math.max(0, chain.length - 1 - trustProxy)]!;
}

/** The client's address by this server's TRUST_PROXY setting. */
export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers, env().TRUST_PROXY);
}
