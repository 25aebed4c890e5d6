// The check-in reminder on a clock the test sets: each runner's own minute in their zone, once a local day, across
// London's spring-forward (2027-03-28 01:00 UTC, when 01:00–01:59 local never happens).
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkins, notificationPreferences, sentDeliveries } from "@/db/schema";
import { installJobs } from "@/server/jobs/boss";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { pushSendJob } from "@/server/push/push-job";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { checkinReminderJob } from "./checkin-reminder-job";

const t = setupTestDb();
beforeAll(async () => {
  await installJobs(t.db, [checkinReminderJob, sendMailJob, pushSendJob] as never[]);
});

const tick = (iso: string) => checkinReminderJob.handler({}, { db: t.db, now: new Date(iso), jobId: "tick" });
const hhmm = (h: number, m: number) => h * 60 + m;

async function remindedDays(userId: string): Promise<string[]> {
  const rows = await t.db
    .select({ key: sentDeliveries.key })
    .from(sentDeliveries)
    .where(and(eq(sentDeliveries.userId, userId), like(sentDeliveries.key, "checkin-reminder:%")));
  return rows.map((r) => r.key.replace("checkin-reminder:", "")).sort();
}

async function queuedFor(userId: string, job: string): Promise<number> {
  const [row] = await t.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = $1 and data->>'userId' = $2", [job, userId]);
  return row!.n;
}

async function checkIn(userId: string, date: string) {
  await t.db.insert(checkins).values({
    userId, date, mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 2, motivation: 6, legs: "responsive",
    visibility: "private", verdict: "steady", wellnessIndex: 60,
  });
}

describe("check-in reminder", () => {
  it("fires at each runner's own minute, in London and in Los Angeles, once per local day", async () => {
    const london = await makeUser(t.db, { timeZone: "Europe/London", checkinReminderMin: hhmm(7, 30) });
    const la = await makeUser(t.db, { timeZone: "America/Los_Angeles", checkinReminderMin: hhmm(7, 30) });

    await tick("2027-03-27T07:29:00Z"); // 07:29 in London (GMT)
    expect(await remindedDays(london.id)).toEqual([]);
    await tick("2027-03-27T07:30:00Z");
    expect(await remindedDays(london.id)).toEqual(["2027-03-27"]);
    expect(await remindedDays(la.id)).toEqual([]); // 00:30 in Los Angeles
    await tick("2027-03-27T07:30:30Z"); // the same minute again: nothing more
    await tick("2027-03-27T07:31:00Z");
    expect(await queuedFor(london.id, "mail.send")).toBe(1);
    expect(await queuedFor(london.id, "push.send")).toBe(1);

    await tick("2027-03-27T14:29:00Z"); // 07:29 PDT
    expect(await remindedDays(la.id)).toEqual([]);
    await tick("2027-03-27T14:30:00Z");
    expect(await remindedDays(la.id)).toEqual(["2027-03-27"]);
    expect(await queuedFor(la.id, "mail.send")).toBe(1);
  });

  it("follows London's clock across the spring-forward: 07:30 BST is 06:30 UTC, and a skipped minute still reminds once", async () => {
    const morning = await makeUser(t.db, { timeZone: "Europe/London", checkinReminderMin: hhmm(7, 30) });
    const skipped = await makeUser(t.db, { timeZone: "Europe/London", checkinReminderMin: hhmm(1, 30) });

    await tick("2027-03-28T00:59:00Z"); // 00:59 GMT, the last minute before the change
    expect(await remindedDays(skipped.id)).toEqual([]);
    await tick("2027-03-28T01:00:00Z"); // 02:00 BST: 01:30 never came, so it is due now
    await tick("2027-03-28T01:01:00Z");
    expect(await remindedDays(skipped.id)).toEqual(["2027-03-28"]);
    expect(await queuedFor(skipped.id, "mail.send")).toBe(1);

    await tick("2027-03-28T06:29:00Z");
    expect(await remindedDays(morning.id)).toEqual([]);
    await tick("2027-03-28T06:30:00Z"); // 07:30 BST
    expect(await remindedDays(morning.id)).toEqual(["2027-03-28"]);
    await tick("2027-03-29T06:30:00Z"); // and the next day, once more
    expect(await remindedDays(morning.id)).toEqual(["2027-03-28", "2027-03-29"]);
  });

  it("skips a runner who already checked in that local day, and one who switched the reminder off", async () => {
    const done = await makeUser(t.db, { timeZone: "Pacific/Auckland", checkinReminderMin: hhmm(19, 0) });
    const off = await makeUser(t.db, { timeZone: "Pacific/Auckland", checkinReminderMin: null });
    // 19:00 in Auckland (NZDT, UTC+13) on 2027-01-15 is 06:00 UTC the same day.
    await checkIn(done.id, "2027-01-15");
    await tick("2027-01-15T06:00:00Z");
    await tick("2027-01-15T07:00:00Z");
    expect(await remindedDays(done.id)).toEqual([]);
    expect(await remindedDays(off.id)).toEqual([]);
    expect(await queuedFor(done.id, "mail.send")).toBe(0);
    // The next local day they haven't checked in yet, so the reminder comes.
    await tick("2027-01-16T06:00:00Z");
    expect(await remindedDays(done.id)).toEqual(["2027-01-16"]);
  });

  it("waits out quiet hours, and sends only on the channels the runner kept", async () => {
    const quiet = await makeUser(t.db, { timeZone: "UTC", checkinReminderMin: hhmm(6, 0), quietStartMin: hhmm(22, 0), quietEndMin: hhmm(7, 0) });
    await t.db.insert(notificationPreferences).values({ userId: quiet.id, topic: "reminders", channel: "email", enabled: false });
    await tick("2027-02-10T06:00:00Z");
    expect(await remindedDays(quiet.id)).toEqual([]);
    await tick("2027-02-10T07:00:00Z"); // quiet hours over, still within the catch-up window
    expect(await remindedDays(quiet.id)).toEqual(["2027-02-10"]);
    expect(await queuedFor(quiet.id, "mail.send")).toBe(0);
    expect(await queuedFor(quiet.id, "push.send")).toBe(1);
  });
});
