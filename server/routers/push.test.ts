// push.* through the caller on a real database: subscribing this browser, the device list, removing devices, and
// that nobody reaches anyone else's devices.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MAX_PUSH_DEVICES } from "@/contract/push";
import { pushSubscriptions } from "@/db/schema";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const keys = (n = 1) => ({ p256dh: `B${String(n).padStart(86, "A")}`, auth: `secret-auth-${n}`.padEnd(22, "x") });
const browser = (label = "Firefox on Android") => ({ endpoint: `https://updates.push.example.test/wpush/v2/${randomUUID()}`, keys: keys(), label });
const rows = (endpoint: string) => t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));

describe("push.subscribe and push.devices", () => {
  it("lists this browser with its name and when it was added, and a fresh key for subscribing", async () => {
    const me = callerFor(t.db, await makeUser(t.db));
    const { publicKey } = await me.push.publicKey();
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const sub = browser("Chrome on Linux");
    const { id } = await me.push.subscribe(sub);
    expect(await me.push.devices()).toEqual([{ id, label: "Chrome on Linux", endpoint: sub.endpoint, createdAt: expect.any(Date), lastSuccessAt: null }]);
  });

  it("subscribing the same browser again updates its keys instead of adding a device, and a double submit writes once", async () => {
    const me = callerFor(t.db, await makeUser(t.db));
    const sub = browser();
    const first = await me.push.subscribe(sub);
    const again = await me.push.subscribe({ ...sub, keys: keys(2) });
    expect(again.id).toBe(first.id);
    const key = randomUUID();
    await Promise.all([me.push.subscribe({ ...sub, keys: keys(3), idempotencyKey: key }), me.push.subscribe({ ...sub, keys: keys(3), idempotencyKey: key })]);
    const [row, ...more] = await rows(sub.endpoint);
    expect(more).toEqual([]);
    expect({ p256dh: row!.p256dh, auth: row!.auth }).toEqual(keys(3));
    expect(await me.push.devices()).toHaveLength(1);
  });

  it("moves a browser to whoever subscribes it now (another account signed in on it)", async () => {
    const [alice, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const sub = browser();
    await callerFor(t.db, alice).push.subscribe(sub);
    await callerFor(t.db, bob).push.subscribe({ ...sub, label: "Shared tablet" });
    expect(await callerFor(t.db, alice).push.devices()).toEqual([]);
    expect((await callerFor(t.db, bob).push.devices()).map((d) => d.label)).toEqual(["Shared tablet"]);
  });

  it(`keeps the ${MAX_PUSH_DEVICES} newest devices`, async () => {
    const me = callerFor(t.db, await makeUser(t.db));
    const oldest = browser("Oldest phone");
    await me.push.subscribe(oldest);
    for (let i = 0; i < MAX_PUSH_DEVICES; i++) await me.push.subscribe(browser(`Device ${i}`));
    const devices = await me.push.devices();
    expect(devices).toHaveLength(MAX_PUSH_DEVICES);
    expect(devices.map((d) => d.label)).not.toContain("Oldest phone");
    expect(devices[0]!.label).toBe(`Device ${MAX_PUSH_DEVICES - 1}`);
  });

  it("refuses an address that is not a push service, at the endpoint field, and stores nothing", async () => {
    const user = await makeUser(t.db);
    const me = callerFor(t.db, user);
    for (const endpoint of ["not a url", "http://push.example.test/x", "https://10.1.2.3/push", "https://169.254.169.254/latest", "ftp://push.example.test/x"]) {
      await expectTRPCError(me.push.subscribe({ ...browser(), endpoint }), "BAD_REQUEST", "endpoint");
    }
    await expectTRPCError(me.push.subscribe({ ...browser(), keys: { p256dh: "short", auth: "x" } }), "BAD_REQUEST", "keys.p256dh");
    expect(await me.push.devices()).toEqual([]);
  });
});

describe("removing devices", () => {
  it("unsubscribes this browser; someone else's browser stays theirs", async () => {
    const [alice, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const [mine, theirs] = [browser(), browser()];
    await callerFor(t.db, alice).push.subscribe(mine);
    await callerFor(t.db, bob).push.subscribe(theirs);
    expect(await callerFor(t.db, alice).push.unsubscribe({ endpoint: theirs.endpoint })).toEqual({ removed: false });
    expect(await callerFor(t.db, bob).push.devices()).toHaveLength(1);
    expect(await callerFor(t.db, alice).push.unsubscribe({ endpoint: mine.endpoint })).toEqual({ removed: true });
    expect(await callerFor(t.db, alice).push.unsubscribe({ endpoint: mine.endpoint })).toEqual({ removed: false });
    expect(await rows(mine.endpoint)).toEqual([]);
  });

  it("removes my own device from the list; another user can neither see nor remove it", async () => {
    const [alice, bob] = [await makeUser(t.db), await makeUser(t.db)];
    const { id } = await callerFor(t.db, alice).push.subscribe(browser("Alice's phone"));
    expect(await callerFor(t.db, bob).push.devices()).toEqual([]);
    expect(await callerFor(t.db, bob).push.removeDevice({ id })).toEqual({ removed: false });
    expect((await callerFor(t.db, alice).push.devices()).map((d) => d.id)).toEqual([id]);
    expect(await callerFor(t.db, alice).push.removeDevice({ id })).toEqual({ removed: true });
    expect(await callerFor(t.db, alice).push.devices()).toEqual([]);
    await expectTRPCError(callerFor(t.db, alice).push.removeDevice({ id: "not-an-id" }), "BAD_REQUEST", "id");
  });

  it("answers a signed-out caller UNAUTHORIZED on every push procedure", async () => {
    const out = callerFor(t.db, null);
    await expectTRPCError(out.push.publicKey(), "UNAUTHORIZED");
    await expectTRPCError(out.push.devices(), "UNAUTHORIZED");
    await expectTRPCError(out.push.subscribe(browser()), "UNAUTHORIZED");
    await expectTRPCError(out.push.unsubscribe({ endpoint: browser().endpoint }), "UNAUTHORIZED");
    await expectTRPCError(out.push.removeDevice({ id: randomUUID() }), "UNAUTHORIZED");
  });
});
