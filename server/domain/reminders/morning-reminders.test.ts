// Morning reminders on a clock the test sets: the block day's prescription, a group run's two reminders, and the
// recovery the morning after a race, each at 07:00 on the right clock, once.
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { blockDays, clubMembers, clubs, groupRunRsvps, groupRuns, raceResults, recoveryBlocks, sentDeliveries, trainingSessions } from "@/db/schema";
import { installJobs } from "@/server/jobs/boss";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { pushSendJob } from "@/server/push/push-job";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { afterRaceJob } from "./after-race-job";
import { blockDayReminderJob } from "./block-day-reminder-job";
import { groupRunReminderJob } from "./group-run-reminder-job";

const t = setupTestDb();
beforeAll(async () => {
  await installJobs(t.db, [sendMailJob, pushSendJob] as never[]);
});
const at = (job: { handler: (d: Record<string, never>, ctx: never) => Promise<void> }, iso: string) =>
  job.handler({}, { db: t.db, now: new Date(iso), jobId: "tick" } as never);

async function sent(userId: string, prefix: string): Promise<string[]> {
  const rows = await t.db.select({ key: sentDeliveries.key }).from(sentDeliveries).where(and(eq(sentDeliveries.userId, userId), like(sentDeliveries.key, `${prefix}%`)));
  return rows.map((r) => r.key).sort();
}
async function queued(userId: string, job: string) {
  return t.query<{ data: { title: string; body: string } }>("select data from pgboss.job where name = $1 and data->>'userId' = $2", [job, userId]);
}

describe("block day", () => {
  it("sends the day's prescription at 07:00 on the athlete's clock, once, and nothing after the block ends", async () => {
    const athlete = await makeUser(t.db, { timeZone: "America/Los_Angeles" });
    const [block] = await t.db.insert(recoveryBlocks).values({ athleteId: athlete.id, name: "Down week", phase: "reset", startDate: "2027-03-08", endDate: "2027-03-09" }).returning();
    await t.db.insert(blockDays).values([
      { blockId: block!.id, athleteId: athlete.id, date: "2027-03-08", dayIndex: 0, kind: "easy_run", minutes: 30, notes: "Keep it conversational" },
      { blockId: block!.id, athleteId: athlete.id, date: "2027-03-09", dayIndex: 1, kind: "rest" },
    ]);
    await at(blockDayReminderJob, "2027-03-08T14:59:00Z"); // 06:59 PST
    expect(await sent(athlete.id, "block-day:")).toEqual([]);
    await at(blockDayReminderJob, "2027-03-08T15:00:00Z");
    await at(blockDayReminderJob, "2027-03-08T15:01:00Z");
    expect(await sent(athlete.id, "block-day:")).toEqual(["block-day:2027-03-08"]);
    const [mail] = await queued(athlete.id, "mail.send");
    expect(JSON.stringify(mail!.data)).toContain("Today on Down week: Easy run");
    expect(JSON.stringify(mail!.data)).toContain("30 min");
    await t.db.update(recoveryBlocks).set({ status: "cancelled" }).where(eq(recoveryBlocks.id, block!.id));
    await at(blockDayReminderJob, "2027-03-09T15:00:00Z");
    expect(await sent(athlete.id, "block-day:")).toEqual(["block-day:2027-03-08"]);
  });
});

describe("group runs", () => {
  it("reminds those going on the morning of the run (club's clock) and 3 hours before; not the maybes, not after a cancel", async () => {
    const going = await makeUser(t.db, { timeZone: "Pacific/Auckland" }); // their own zone doesn't matter: the club's does
    const maybe = await makeUser(t.db);
    const [club] = await t.db.insert(clubs).values({ slug: `gr-${going.id.slice(0, 8)}`, name: "Harbour Harriers", timeZone: "Europe/London" }).returning();
    await t.db.insert(clubMembers).values([{ clubId: club!.id, userId: going.id }, { clubId: club!.id, userId: maybe.id }]);
    // Sunday 28 March 2027, 18:00 BST = 17:00 UTC (the clocks went forward that morning).
    const [run] = await t.db.insert(groupRuns).values({ clubId: club!.id, title: "Sunday social", startsAt: new Date("2027-03-28T17:00:00Z"), meetingPoint: "the boathouse" }).returning();
    await t.db.insert(groupRunRsvps).values([{ runId: run!.id, userId: going.id, status: "going" }, { runId: run!.id, userId: maybe.id, status: "maybe" }]);

    await at(groupRunReminderJob, "2027-03-28T05:59:00Z"); // 06:59 BST
    expect(await sent(going.id, "group-run-")).toEqual([]);
    await at(groupRunReminderJob, "2027-03-28T06:00:00Z"); // 07:00 BST
    await at(groupRunReminderJob, "2027-03-28T06:01:00Z");
    expect(await sent(going.id, "group-run-")).toEqual([`group-run-morning:${run!.id}`]);
    await at(groupRunReminderJob, "2027-03-28T13:59:00Z");
    expect(await sent(going.id, "group-run-")).toHaveLength(1);
    await at(groupRunReminderJob, "2027-03-28T14:00:00Z"); // 15:00 BST, 3 hours before
    await at(groupRunReminderJob, "2027-03-28T14:05:00Z");
    expect(await sent(going.id, "group-run-")).toEqual([`group-run-morning:${run!.id}`, `group-run-soon:${run!.id}`].sort());
    const pushes = await queued(going.id, "push.send");
    expect(pushes.map((p) => p.data.title).sort()).toEqual(["Sunday social starts at 18:00", "Today: Sunday social at 18:00"]);
    expect(await sent(maybe.id, "group-run-")).toEqual([]);

    const [later] = await t.db.insert(groupRuns).values({ clubId: club!.id, title: "Cancelled", startsAt: new Date("2027-03-29T17:00:00Z"), cancelledAt: new Date("2027-03-27T12:00:00Z") }).returning();
    await t.db.insert(groupRunRsvps).values({ runId: later!.id, userId: going.id, status: "going" });
    await at(groupRunReminderJob, "2027-03-29T06:00:00Z");
    await at(groupRunReminderJob, "2027-03-29T14:00:00Z");
    expect(await sent(going.id, "group-run-")).toHaveLength(2);
  });
});

describe("after a race", () => {
  it("sends the matching recovery at 07:00 the morning after race day, on the runner's clock, once", async () => {
    const runner = await makeUser(t.db, { timeZone: "Pacific/Auckland" });
    const [session] = await t.db.insert(trainingSessions).values({ userId: runner.id, date: "2027-01-10", type: "race", durationMin: 230 }).returning();
    await t.db.insert(raceResults).values({ userId: runner.id, sessionId: session!.id, distance: "marathon", name: "Auckland Marathon", date: "2027-01-10", timeSec: 13800, recoveryTemplateKey: "post-marathon" });
    // 07:00 NZDT on 11 January is 18:00 UTC on the 10th.
    await at(afterRaceJob, "2027-01-10T17:59:00Z");
    expect(await sent(runner.id, "after-race:")).toEqual([]);
    await at(afterRaceJob, "2027-01-10T18:00:00Z");
    await at(afterRaceJob, "2027-01-10T18:30:00Z");
    expect(await sent(runner.id, "after-race:")).toHaveLength(1);
    const [mail] = await queued(runner.id, "mail.send");
    expect(JSON.stringify(mail!.data)).toContain("1 to 2 weeks with no running");
    await at(afterRaceJob, "2027-01-11T18:00:00Z"); // two days after: nothing more
    expect(await sent(runner.id, "after-race:")).toHaveLength(1);
  });
});
