// push.send through the real queue and worker: queuePush in the caller's transaction, the worker sends with the app's
// VAPID keys to a push service on loopback (web-push-testing), which decrypts it like a browser.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushSubscriptions } from "@/db/schema";
import { startWorker, type RunningWorker } from "@/server/jobs/worker";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { pushSendJob } from "./push-job";
import { queuePush } from "./queue-push";
import { saveSubscription } from "./save-subscription";
import { startPushService } from "./testing/push-service";
import { vapid } from "./vapid";

const t = setupTestDb();
const now = new Date(Date.UTC(2030, 9, 27, 1, 30)); // an injected clock, nowhere near the real one
let service: Awaited<ReturnType<typeof startPushService>>;
let worker: RunningWorker;
beforeAll(async () => {
  service = await startPushService();
  worker = await startWorker({ db: t.db, jobs: [pushSendJob] as never[], now: () => now });
});
afterAll(async () => {
  await worker?.stop();
  await service?.close();
});

async function device(userId: string) {
  const sub = await service.subscribe(vapid().publicKey);
  const { id } = await saveSubscription(t.db, { userId, input: { endpoint: sub.endpoint, keys: sub.keys, label: "Chrome on Linux" } });
  return { ...sub, id };
}
const jobsFor = (userId: string) => t.query("select id from pgboss.job where name = 'push.send' and data->>'userId' = $1", [userId]);
const reminder = (userId: string) => ({ userId, title: "Time for your check-in", body: "Two minutes, then coffee", href: "/checkin", topic: "reminders" as const, onceKey: "checkin:2030-10-27" });

describe("the push.send job", () => {
  it("delivers a push queued in a transaction once it commits, once however often it is queued with the same key", async () => {
    const runner = await makeUser(t.db);
    const phone = await device(runner.id);
    await t.db.transaction(async (tx) => {
      await queuePush(tx, reminder(runner.id));
      await queuePush(tx, reminder(runner.id));
    });
    await queuePush(t.db, reminder(runner.id));
    await worker.drain();
    const got = (await service.messages(phone.clientHash)).map((m) => JSON.parse(m) as unknown);
    expect(got).toEqual([{ title: "Time for your check-in", body: "Two minutes, then coffee", href: "/checkin", tag: "reminders:checkin:2030-10-27" }]);
    const [row] = await t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, phone.id));
    expect(row!.lastSuccessAt).toEqual(now);
  });

  it("queues nothing when the transaction rolls back", async () => {
    const runner = await makeUser(t.db);
    const phone = await device(runner.id);
    await expect(
      t.db.transaction(async (tx) => {
        await queuePush(tx, reminder(runner.id));
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    await worker.drain();
    expect(await jobsFor(runner.id)).toEqual([]);
    expect(await service.messages(phone.clientHash)).toEqual([]);
  });

  it("removes a device whose subscription expired (410) when a push reaches it", async () => {
    const runner = await makeUser(t.db);
    const old = await device(runner.id);
    await service.expire(old.clientHash);
    await queuePush(t.db, { userId: runner.id, title: "Sam replied", body: "Easy week it is", href: "/history", topic: "threads" });
    await worker.drain();
    expect(await t.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, runner.id))).toEqual([]);
  });

  it("refuses a message with a link off this site when it is queued", async () => {
    const runner = await makeUser(t.db);
    await expect(queuePush(t.db, { ...reminder(runner.id), href: "https://evil.example/" })).rejects.toThrow();
    await expect(queuePush(t.db, { ...reminder(runner.id), href: "//evil.example/" })).rejects.toThrow();
    expect(await jobsFor(runner.id)).toEqual([]);
  });
});
