// The coach digest: at 07:00 on the coach's clock, daily or on Mondays as chosen, from the dashboard's own reading.
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkins, clubMembers, clubs, sentDeliveries } from "@/db/schema";
import { installJobs } from "@/server/jobs/boss";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { coachDigestJob } from "./coach-digest-job";

const t = setupTestDb();
beforeAll(async () => {
  await installJobs(t.db, [sendMailJob] as never[]);
});
const tick = (iso: string) => coachDigestJob.handler({}, { db: t.db, now: new Date(iso), jobId: "tick" });
const digestMail = (userId: string) =>
  t.query<{ data: { subject: string; text: string } }>("select data from pgboss.job where name = 'mail.send' and data->>'userId' = $1", [userId]);
const digestsSent = async (userId: string) =>
  (await t.db.select().from(sentDeliveries).where(and(eq(sentDeliveries.userId, userId), like(sentDeliveries.key, "coach-digest:%")))).map((r) => r.key).sort();

async function clubWith(coach: { id: string }, name: string) {
  const [club] = await t.db.insert(clubs).values({ slug: `d-${crypto.randomUUID().slice(0, 8)}`, name }).returning();
  await t.db.insert(clubMembers).values({ clubId: club!.id, userId: coach.id, role: "owner" });
  return club!;
}

describe("coach digest", () => {
  it("tells a daily coach at 07:00 their time who is flagged and who asked to join, once", async () => {
    const coach = await makeUser(t.db, { timeZone: "UTC", digestFrequency: "daily" });
    const athlete = await makeUser(t.db, { name: "Ria Flagged" });
    const asking = await makeUser(t.db);
    const club = await clubWith(coach, "Riverside Runners");
    await t.db.insert(clubMembers).values([{ clubId: club.id, userId: athlete.id }, { clubId: club.id, userId: asking.id, status: "pending" }]);
    // The dashboard reads the athlete's today from the database's clock; the digest's clock is 07:00 UTC that day.
    const [{ today }] = (await t.query<{ today: string }>("select to_char(now() at time zone 'UTC', 'YYYY-MM-DD') as today")) as [{ today: string }];
    await t.db.insert(checkins).values({
      userId: athlete.id, date: today, mood: 1, energy: 1, sleepQuality: 1, soreness: 7, stress: 7, motivation: 1, legs: "heavy",
      visibility: "coaches", verdict: "reset", burnoutFlag: true, wellnessIndex: 2,
    });
    await tick(`${today}T06:59:00Z`);
    expect(await digestMail(coach.id)).toHaveLength(0);
    await tick(`${today}T07:00:00Z`);
    await tick(`${today}T07:05:00Z`);
    const mails = await digestMail(coach.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.data.subject).toBe("Your athletes today");
    expect(mails[0]!.data.text).toContain("Riverside Runners");
    expect(mails[0]!.data.text).toContain("Ria Flagged: burnout flag");
    expect(mails[0]!.data.text).toContain("1 join request waiting");
  });

  it("sends a weekly coach's digest on Monday only, and nothing to a coach who turned it off or an athlete", async () => {
    const weekly = await makeUser(t.db, { timeZone: "America/New_York", digestFrequency: "weekly" });
    const off = await makeUser(t.db, { timeZone: "America/New_York", digestFrequency: "off" });
    const athlete = await makeUser(t.db, { timeZone: "America/New_York", digestFrequency: "daily" });
    for (const coach of [weekly, off]) {
      const club = await clubWith(coach, "Harbour Harriers");
      await t.db.insert(clubMembers).values({ clubId: club.id, userId: (await makeUser(t.db)).id, status: "pending" });
      if (coach === weekly) await t.db.insert(clubMembers).values({ clubId: club.id, userId: athlete.id });
    }
    await tick("2027-03-30T11:00:00Z"); // Tuesday 07:00 EDT
    expect(await digestsSent(weekly.id)).toEqual([]);
    await tick("2027-03-29T11:00:00Z"); // Monday 07:00 EDT
    expect(await digestsSent(weekly.id)).toEqual(["coach-digest:2027-03-29"]);
    expect((await digestMail(weekly.id))[0]!.data.subject).toBe("Your athletes this week");
    expect(await digestsSent(off.id)).toEqual([]);
    expect(await digestsSent(athlete.id)).toEqual([]);
  });
});
