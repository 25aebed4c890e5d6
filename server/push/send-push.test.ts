// Web push against a real push service on loopback (web-push-testing): it checks our VAPID signature, decrypts the
// payload like a browser would, and answers 410 for an expired subscription.
import { eq } from "drizzle-orm";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushSubscriptions } from "@/db/schema";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { PushRetryError, sendPush } from "./send-push";
import { saveSubscription } from "./save-subscription";
import { startPushService, type TestSubscription } from "./testing/push-service";

const t = setupTestDb();
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:push-test@example.test" };
let service: Awaited<ReturnType<typeof startPushService>>;
beforeAll(async () => {
  service = await startPushService();
});
afterAll(() => service?.close());

// An injected clock, well away from the real one, so nothing depends on when the test runs.
const now = new Date(Date.UTC(2031, 2, 30, 0, 30));

async function device(userId: string, label = "Test browser") {
  const sub = await service.subscribe(vapid.publicKey);
  const { id } = await saveSubscription(t.db, { userId, input: { endpoint: sub.endpoint, keys: sub.keys, label } });
  return { ...sub, id };
}
const received = async (sub: TestSubscription) => (await service.messages(sub.clientHash)).map((m) => JSON.parse(m) as Record<string, unknown>);
const rowOf = async (id: string) => (await t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, id)))[0];

describe("sendPush", () => {
  it("reaches every device of the user, decrypted with the title, body, link and tag, and stamps the delivery", async () => {
    const runner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const [phone, laptop, stranger] = [await device(runner.id), await device(runner.id), await device(other.id)];
    const result = await sendPush(
      t.db,
      { userId: runner.id, title: "Down week assigned", body: "Coach Sam set you a down week from Monday", href: "/today", topic: "blocks" },
      { vapid, now, key: "job-1" },
    );
    expect(result).toEqual({ sent: 2, removed: 0 });
    for (const d of [phone, laptop]) {
      expect(await received(d)).toEqual([{ title: "Down week assigned", body: "Coach Sam set you a down week from Monday", href: "/today", tag: "blocks" }]);
      expect((await rowOf(d.id))!.lastSuccessAt).toEqual(now);
    }
    // Another user's browser gets nothing of mine.
    expect(await received(stranger)).toEqual([]);
  });

  it("removes a subscription the push service answers 410, and still delivers to the user's other devices", async () => {
    const runner = await makeUser(t.db);
    const [expired, working] = [await device(runner.id), await device(runner.id)];
    await service.expire(expired.clientHash);
    const result = await sendPush(t.db, { userId: runner.id, title: "Group run at 6", body: "Tempo Tuesday, Boathouse", topic: "group_runs" }, { vapid, now, key: "job-2" });
    expect(result).toEqual({ sent: 1, removed: 1 });
    expect(await rowOf(expired.id)).toBeUndefined();
    expect(await received(working)).toHaveLength(1);
  });

  it("also removes a subscription answered 404, but keeps one refused for another reason (400) without retrying", async () => {
    const runner = await makeUser(t.db);
    const [missing, refused] = [await device(runner.id), await device(runner.id)];
    const origin = new URL(missing.endpoint).origin;
    // The service answers 404 for a path it doesn't serve, and 400 for a client it never subscribed.
    await t.db.update(pushSubscriptions).set({ endpoint: `${origin}/no-such-push/${missing.clientHash}` }).where(eq(pushSubscriptions.id, missing.id));
    await t.db.update(pushSubscriptions).set({ endpoint: `${origin}/notify/never-subscribed` }).where(eq(pushSubscriptions.id, refused.id));
    const result = await sendPush(t.db, { userId: runner.id, title: "Hello", body: "", topic: "clubs" }, { vapid, now, key: "job-4" });
    expect(result).toEqual({ sent: 0, removed: 1 });
    expect(await rowOf(missing.id)).toBeUndefined();
    expect((await rowOf(refused.id))!.lastSuccessAt).toBeNull();
  });

  it("sends once per key: a repeat sends nothing, and a retry after a failure goes only to the device that failed", async () => {
    const runner = await makeUser(t.db);
    const [ok, flaky] = [await device(runner.id), await device(runner.id)];
    // The flaky device's push service is unreachable for the first attempt.
    await t.db.update(pushSubscriptions).set({ endpoint: "http://127.0.0.1:9/notify/down" }).where(eq(pushSubscriptions.id, flaky.id));
    const msg = { userId: runner.id, title: "Check in today?", body: "Two minutes", href: "/checkin", topic: "reminders", onceKey: "checkin:2031-03-30" } as const;
    await expect(sendPush(t.db, msg, { vapid, now, key: "checkin:2031-03-30" })).rejects.toBeInstanceOf(PushRetryError);
    expect(await received(ok)).toHaveLength(1);
    expect((await rowOf(flaky.id))!.lastSuccessAt).toBeNull();

    await t.db.update(pushSubscriptions).set({ endpoint: flaky.endpoint }).where(eq(pushSubscriptions.id, flaky.id));
    expect(await sendPush(t.db, msg, { vapid, now, key: "checkin:2031-03-30" })).toEqual({ sent: 1, removed: 0 });
    expect(await sendPush(t.db, msg, { vapid, now, key: "checkin:2031-03-30" })).toEqual({ sent: 0, removed: 0 });
    expect(await received(ok)).toHaveLength(1);
    expect(await received(flaky)).toEqual([{ title: "Check in today?", body: "Two minutes", href: "/checkin", tag: "reminders:checkin:2031-03-30" }]);
  });

  it("does nothing for a user with no devices", async () => {
    const runner = await makeUser(t.db);
    expect(await sendPush(t.db, { userId: runner.id, title: "Hello", body: "", topic: "clubs" }, { vapid, now, key: "job-3" })).toEqual({ sent: 0, removed: 0 });
  });
});
