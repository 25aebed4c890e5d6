// From a bell notification out to email and push: one delivery job per new notification, queued with it, as the
// recipient's preferences and quiet hours say; end to end through the worker to a real SMTP server on loopback.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationPreferences, notifications } from "@/db/schema";
import { notify } from "@/server/domain/notifications/notify";
import { startWorker, type RunningWorker } from "@/server/jobs/worker";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { makeUser } from "@/server/test/fixtures";
import { startSmtpCapture, type SmtpCapture } from "@/server/test/smtp-capture";
import { setupTestDb } from "@/server/test/test-db";
import { deliverNotificationJob } from "./deliver-notification-job";
import { quietUntil } from "./preferences";

const t = setupTestDb();
let smtp: SmtpCapture;
let worker: RunningWorker;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  smtp.use({ appUrl: "https://runs.example.test" });
  worker = await startWorker({ db: t.db, jobs: [deliverNotificationJob, sendMailJob] as never[], now: () => new Date() });
});
afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
});

type QueuedJob = { data: { notificationId: string; inApp: boolean }; start_after: Date | string };
const deliveriesFor = (userId: string) =>
  t.query<QueuedJob>("select data, start_after from pgboss.job where name = 'delivery.notification' and data->>'userId' = $1", [userId]);
const bellOf = (userId: string) => t.db.select().from(notifications).where(eq(notifications.userId, userId));
const blockAssigned = (userId: string) => ({ userId, kind: "block.assigned", title: "Your coach set you a down week", body: "Starts Monday", href: "/today", onceKey: "block-1" });

describe("delivery fan-out", () => {
  it("queues an email/push delivery for a block assigned, once however often it is notified, and none for a reaction", async () => {
    const athlete = await makeUser(t.db);
    await notify(t.db, [blockAssigned(athlete.id), { userId: athlete.id, kind: "feed.reaction", title: "Sam cheered your check-in" }]);
    await notify(t.db, [blockAssigned(athlete.id)]); // the same event again
    expect(await bellOf(athlete.id)).toHaveLength(2);
    const jobs = await deliveriesFor(athlete.id);
    expect(jobs).toHaveLength(1);
    const [block] = (await bellOf(athlete.id)).filter((n) => n.kind === "block.assigned");
    expect(jobs[0]!.data).toMatchObject({ notificationId: block!.id, inApp: true });
  });

  it("writes nothing to a rolled-back transaction's bell or queue", async () => {
    const athlete = await makeUser(t.db);
    await expect(
      t.db.transaction(async (tx) => {
        await notify(tx, [blockAssigned(athlete.id)]);
        throw new Error("the assignment failed");
      }),
    ).rejects.toThrow("the assignment failed");
    expect(await bellOf(athlete.id)).toHaveLength(0);
    expect(await deliveriesFor(athlete.id)).toHaveLength(0);
  });

  it("with the bell switched off writes no bell row but still delivers; with email and push off queues nothing", async () => {
    const noBell = await makeUser(t.db);
    const nothingOutside = await makeUser(t.db);
    await t.db.insert(notificationPreferences).values([
      { userId: noBell.id, topic: "blocks", channel: "in_app", enabled: false },
      { userId: nothingOutside.id, topic: "blocks", channel: "email", enabled: false },
      { userId: nothingOutside.id, topic: "blocks", channel: "push", enabled: false },
    ]);
    await notify(t.db, [blockAssigned(noBell.id), blockAssigned(nothingOutside.id)]);
    expect(await bellOf(noBell.id)).toHaveLength(0);
    expect((await deliveriesFor(noBell.id)).map((j) => j.data.inApp)).toEqual([false]);
    expect(await bellOf(nothingOutside.id)).toHaveLength(1);
    expect(await deliveriesFor(nothingOutside.id)).toHaveLength(0);
  });

  it("holds email and push until quiet hours end on the user's own clock, never the bell", async () => {
    const zone = "Pacific/Auckland";
    const now = new Date();
    const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(now);
    const minute = Number(parts.find((p) => p.type === "hour")!.value) * 60 + Number(parts.find((p) => p.type === "minute")!.value);
    // Quiet from an hour ago until two hours from now, local time: whatever the moment the test runs.
    const sleeper = await makeUser(t.db, { timeZone: zone, quietStartMin: (minute + 1380) % 1440, quietEndMin: (minute + 120) % 1440 });
    await notify(t.db, [blockAssigned(sleeper.id)]);
    expect(await bellOf(sleeper.id)).toHaveLength(1);
    const [job] = await deliveriesFor(sleeper.id);
    const expected = quietUntil(sleeper, now)!;
    expect(expected.getTime()).toBeGreaterThan(now.getTime());
    expect(Math.abs(new Date(job!.start_after).getTime() - expected.getTime())).toBeLessThan(60_000);
  });

  it("emails the verified athlete through the worker, with a link into the app, once", async () => {
    const athlete = await makeUser(t.db, { emailVerifiedAt: new Date() });
    await notify(t.db, [blockAssigned(athlete.id), { userId: athlete.id, kind: "feed.reaction", title: "Sam cheered your check-in" }]);
    await worker.drain();
    await worker.drain();
    const mail = smtp.to(athlete.email);
    expect(mail.map((m) => m.subject)).toEqual(["Your coach set you a down week"]);
    expect(mail[0]!.text).toContain("Starts Monday");
    expect(mail[0]!.text).toContain("https://runs.example.test/today");
  });

  it("when the job itself runs inside quiet hours, puts itself off to their end; a notification read meanwhile goes no further", async () => {
    const night = await makeUser(t.db, { timeZone: "Europe/London", quietStartMin: 22 * 60, quietEndMin: 7 * 60 });
    await notify(t.db, [blockAssigned(night.id)]);
    const [bell] = await bellOf(night.id);
    const [queuedJob] = await deliveriesFor(night.id);
    // 23:00 GMT the night before the clocks go forward: held until 07:00 BST, 06:00 UTC.
    await deliverNotificationJob.handler(queuedJob!.data as never, { db: t.db, now: new Date("2027-03-27T23:00:00Z"), jobId: "j" });
    const held = (await deliveriesFor(night.id)).map((j) => new Date(j.start_after).toISOString());
    expect(held).toContain("2027-03-28T06:00:00.000Z");
    expect(await t.query("select 1 from sent_deliveries where user_id = $1", [night.id])).toHaveLength(0);

    await t.db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, bell!.id));
    await deliverNotificationJob.handler(queuedJob!.data as never, { db: t.db, now: new Date("2027-03-28T06:00:00Z"), jobId: "j" });
    expect(await t.query("select 1 from sent_deliveries where user_id = $1", [night.id])).toHaveLength(0);
  });
});
