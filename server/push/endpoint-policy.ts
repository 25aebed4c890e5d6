import ipaddr from "ipaddr.js";
import { AppError } from "@/server/errors";
import { env } from "@/server/env";

/**
 * The server POSTs to every saved endpoint, so an endpoint must not aim it at this machine or a private network
 * (the contract already insists on https, except for a push service on loopback). Loopback is allowed outside
 * production only, for the tests' local push service.
 */
export function assertPushableEndpoint(endpoint: string, { allowLoopback = env().NODE_ENV !== "production" } = {}): void {
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "");
  const loopback = host === "localhost" || (ipaddr.isValid(host) && ipaddr.parse(host).range() === "loopback");
  if (loopback) {
    if (allowLoopback) return;
    throw AppError.field("endpoint", "The push address must be a push service on the internet");
  }
  if (host.endsWith(".localhost") || (ipaddr.isValid(host) && ipaddr.parse(host).range() !== "unicast")) {
    throw AppError.field("endpoint", "The push address must be a push service on the internet");
  }
}
