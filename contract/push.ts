// Web push: what a browser's PushSubscription sends us, and the device list. Zod only, shared by page and server.
import { z } from "zod";

// A user has a handful of browsers; beyond this the oldest subscription makes way, so the list needs no paging.
export const MAX_PUSH_DEVICES = 20;

const base64url = (what: string, min: number, max: number) =>
  z.string().regex(/^[A-Za-z0-9_-]+=*$/, `${what} must be URL-safe base64`).min(min, `${what} is too short`).max(max, `${what} is too long`);

// Push services are HTTPS; plain http is only ever a push service on this machine (tests, a local push server).
export const pushEndpoint = z
  .url({ protocol: /^https?$/, error: "The push address must be a web address" })
  .max(2000, "The push address is too long")
  // Zod runs this even after the url check failed, so it must not assume a URL.
  .refine((v) => {
    if (!URL.canParse(v)) return true;
    const url = new URL(v);
    return url.protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  }, "The push address must use https");

export const pushSubscribeInput = z.object({
  endpoint: pushEndpoint,
  keys: z.object({
    // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as PushSubscription.toJSON() gives them.
    p256dh: base64url("The browser's key", 80, 100),
    auth: base64url("The browser's secret", 16, 32),
  }),
  label: z.string().trim().max(80, "Keep the device name under 80 characters").default(""),
});
export type PushSubscribeInput = z.output<typeof pushSubscribeInput>;

export const pushEndpointInput = z.object({ endpoint: pushEndpoint });
export const pushDeviceIdInput = z.object({ id: z.uuid("Unknown device") });
