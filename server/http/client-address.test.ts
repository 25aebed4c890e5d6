import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-address";

function request(socket: string | null, forwardedFor?: string): Headers {
  const headers = new Headers();
  if (socket !== null) headers.set(SOCKET_ADDRESS_HEADER, socket);
  if (forwardedFor !== undefined) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientAddressFrom(request("198.51.100.7", "1.1.1.1"), 0)).toBe("198.51.100.7");
    expect(clientAddressFrom(request("198.51.100.7", "2.2.2.2, 3.3.3.3"), 0)).toBe("198.51.100.7");
    expect(clientAddressFrom(request("198.51.100.7"), 0)).toBe("198.51.100.7");
  });

  it("reads the chain that many hops from the right when proxies are trusted", () => {
    // One proxy (10.0.0.2) appended what it saw (203.0.113.9); the client's own "1.1.1.1" is further left.
    expect(clientAddressFrom(request("10.0.0.2", "1.1.1.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    // Two proxies: the edge one saw 203.0.113.9, the inner one saw the edge at 10.0.0.1.
    expect(clientAddressFrom(request("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.1"), 2)).toBe("203.0.113.9");
    // Next sets X-Forwarded-For to the socket when nobody sent one; that is still the socket.
    expect(clientAddressFrom(request("198.51.100.7", "198.51.100.7"), 1)).toBe("198.51.100.7");
    // A chain shorter than the hop count gives its left-most entry.
    expect(clientAddressFrom(request("10.0.0.2", "203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("treats IPv4-mapped IPv6 as IPv4 and one IPv6 /64 as one client", () => {
    expect(clientAddressFrom(request("::ffff:198.51.100.7"), 0)).toBe("198.51.100.7");
    const a = clientAddressFrom(request("2001:db8:1:2:aaaa::1"), 0);
    const b = clientAddressFrom(request("2001:0db8:0001:0002:ffff:1:2:3"), 0);
    expect(a).toBe("2001:db8:1:2::/64");
    expect(b).toBe(a);
    expect(clientAddressFrom(request("::1"), 0)).toBe("0:0:0:0::/64");
    expect(clientAddressFrom(request("10.0.0.2", "2001:db8:9:9::5"), 1)).toBe("2001:db8:9:9::/64");
  });

  it("falls back to one shared key, never to a client's claim, when the socket is unknown", () => {
    expect(clientAddressFrom(request(null, "1.1.1.1"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(request("", "1.1.1.1"), 0)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("the Next.js patch", () => {
  // Without patches/next+16.4.6.patch (say, after a Next upgrade) every request would share the unknown key.
  it("makes the running server write the socket's address on every request", () => {
    const require = createRequire(import.meta.url);
    for (const file of ["next/dist/server/base-server.js", "next/dist/esm/server/base-server.js"]) {
      expect(readFileSync(require.resolve(file), "utf8"), file).toContain(`req.headers['${SOCKET_ADDRESS_HEADER}'] = `);
    }
  });
});
