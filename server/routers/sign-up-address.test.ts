import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rateLimitBuckets } from "@/db/schema";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER } from "@/server/http/client-address";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
// The limit counts in fixed hourly windows: hold the clock ten minutes into one so no test straddles two.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(Date.UTC(2030, 0, 1, 12, 10)));
});
afterEach(() => {
  vi.useRealTimers();
});

/** What the request context would key on for one HTTP request. */
function addressOf(socket: string, forwardedFor: string, trustProxy: number): string {
  return clientAddressFrom(new Headers({ [SOCKET_ADDRESS_HEADER]: socket, "x-forwarded-for": forwardedFor }), trustProxy);
}

function signUp(ip: string, i: number) {
  return callerFor(t.db, null, ip).account.signUp({ name: `Runner ${i}`, email: `spoof-${ip}-${i}@example.test`, password: "long-enough-pw" });
}

describe("the sign-up limit's key", () => {
  it("is the real client's, whatever X-Forwarded-For it sends, when no proxy is trusted", async () => {
    await t.db.delete(rateLimitBuckets);
    for (let i = 1; i <= 20; i++) await signUp(addressOf("198.51.100.7", `10.9.${i}.1`, 0), i);
    const error = await expectTRPCError(signUp(addressOf("198.51.100.7", "10.9.21.1", 0), 21), "TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/^Too many sign-ups from this network in a short time\. Please wait .+ and try again\.$/);
  }, 60_000);

  it("is the address a trusted proxy saw, so clients behind one proxy are told apart", async () => {
    await t.db.delete(rateLimitBuckets);
    for (let i = 1; i <= 21; i++) await signUp(addressOf("10.0.0.2", `1.1.1.1, 203.0.113.${i}`, 1), i);
    // The client-written part of the header is not the key: the same trusted entry shares one bucket.
    for (let i = 1; i <= 20; i++) await signUp(addressOf("10.0.0.2", `192.0.2.${i}, 203.0.113.200`, 1), 100 + i);
    await expectTRPCError(signUp(addressOf("10.0.0.2", "192.0.2.99, 203.0.113.200", 1), 200), "TOO_MANY_REQUESTS");
  }, 60_000);
});
