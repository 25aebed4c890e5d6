import fc from "fast-check";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkinShares, checkins, clubMembers, rateLimitBuckets } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// The dashboard reads each athlete's latest coach-visible check-in from a copy kept on the membership row by database
// triggers. These tests drive real saves, edits, deletes and joins and check the dashboard against the rule itself.

type User = Awaited<ReturnType<typeof makeUser>>;
const t = setupTestDb();
let runner: User, coachA: User, coachB: User, coachC: User;
let clubA: string, clubB: string, clubC: string;
const today = todayIn("UTC");

async function dashboardRow(coach: User, clubId: string, athleteId = runner.id) {
  const page = await callerFor(t.db, coach).dashboard.athletes({ clubId, limit: 100 });
  return page.rows.find((r) => r.athleteId === athleteId) ?? null;
}

/** The rule, from the tables: the newest check-in shared with coaches, or shared with this club. */
async function expectedLatest(userId: string, clubId: string) {
  const rows = await t.db.select().from(checkins).where(eq(checkins.userId, userId));
  const shares = rows.length
    ? await t.db.select().from(checkinShares).where(inArray(checkinShares.checkinId, rows.map((r) => r.id)))
    : [];
  const visible = rows.filter(
    (r) => r.visibility === "coaches" || shares.some((s) => s.checkinId === r.id && s.clubId === clubId),
  );
  visible.sort((a, b) => b.date.localeCompare(a.date));
  return visible[0] ?? null;
}

beforeAll(async () => {
  [runner, coachA, coachB, coachC] = await Promise.all([makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db)]);
  clubA = (await makeClub(t.db, [{ userId: coachA.id, role: "owner" }, { userId: runner.id }])).id;
  clubB = (await makeClub(t.db, [{ userId: coachB.id, role: "owner" }, { userId: runner.id }])).id;
  clubC = (await makeClub(t.db, [{ userId: coachC.id, role: "owner" }], { privacy: "public", joinPolicy: "open" })).id;
});

describe("the dashboard's latest check-in per athlete", () => {
  it("follows saves, privacy changes and deletes, club by club", async () => {
    const me = callerFor(t.db, runner);
    const old = await me.checkins.save(checkinInput({ date: addDays(today, -3), visibility: "coaches", legs: "heavy", easyHeartRate: "higher", easyEffortHarder: true }));
    expect((await dashboardRow(coachA, clubA))?.latestCheckinId).toBe(old.id);
    expect((await dashboardRow(coachB, clubB))?.verdict).toBe(old.verdict);

    // A newer private check-in changes nothing for coaches.
    const recent = await me.checkins.save(checkinInput({ date: addDays(today, -1) }));
    expect((await dashboardRow(coachA, clubA))?.latestCheckinId).toBe(old.id);
    expect((await dashboardRow(coachA, clubA))?.daysSinceCheckin).toBe(3);

    // Shared with club A only: A's coach sees it, B's coach still sees the older one.
    await me.checkins.save(checkinInput({ date: addDays(today, -1), visibility: "clubs", clubIds: [clubA] }));
    expect((await dashboardRow(coachA, clubA))?.latestCheckinId).toBe(recent.id);
    expect((await dashboardRow(coachB, clubB))?.latestCheckinId).toBe(old.id);

    await me.checkins.delete({ id: recent.id });
    expect((await dashboardRow(coachA, clubA))?.latestCheckinId).toBe(old.id);

    // Made private after the fact: coaches lose it.
    await me.checkins.save(checkinInput({ date: addDays(today, -3), visibility: "private" }));
    const hidden = await dashboardRow(coachA, clubA);
    expect(hidden).toMatchObject({ latestCheckinId: null, verdict: null, burnoutFlag: false, daysSinceCheckin: null });
  });

  it("a club the runner joins later sees what they already share with coaches", async () => {
    const me = callerFor(t.db, runner);
    const shared = await me.checkins.save(checkinInput({ date: today, visibility: "coaches" }));
    await me.clubs.join({ clubId: clubC });
    expect((await dashboardRow(coachC, clubC))?.latestCheckinId).toBe(shared.id);
  });

  it("concurrent saves of different days still leave the newest one showing", async () => {
    const me = callerFor(t.db, runner);
    const saved = await Promise.all(
      [-6, -5, -4, -2].map((d) => me.checkins.save(checkinInput({ date: addDays(today, d - 10), visibility: "coaches" }))),
    );
    expect(saved).toHaveLength(4);
    const expected = await expectedLatest(runner.id, clubA);
    expect((await dashboardRow(coachA, clubA))?.latestCheckinId).toBe(expected?.id ?? null);
  });

  it("matches the privacy rule after any sequence of saves and deletes (property)", async () => {
    const athlete = await makeUser(t.db);
    await t.db.insert(clubMembers).values([clubA, clubB].map((clubId) => ({ clubId, userId: athlete.id })));
    const me = callerFor(t.db, athlete);
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("save" as const),
        day: fc.integer({ min: 0, max: 6 }),
        visibility: fc.constantFrom("private" as const, "coaches" as const, "clubs" as const),
        clubs: fc.subarray([0, 1], { minLength: 1 }),
      }),
      fc.record({ kind: fc.constant("delete" as const), day: fc.integer({ min: 0, max: 6 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        await t.db.delete(rateLimitBuckets); // 150 saves in a row would trip the posting limit, which is not under test
        for (const o of ops) {
          const date = addDays(today, -o.day);
          if (o.kind === "save") {
            const clubIds = o.visibility === "clubs" ? o.clubs.map((i) => [clubA, clubB][i]!) : [];
            await me.checkins.save(checkinInput({ date, visibility: o.visibility, clubIds, mood: 1 + o.day }));
          } else {
            const [row] = await t.db
              .select({ id: checkins.id })
              .from(checkins)
              .where(and(eq(checkins.userId, athlete.id), eq(checkins.date, date)));
            if (row) await me.checkins.delete({ id: row.id });
          }
        }
        for (const [coach, clubId] of [[coachA, clubA], [coachB, clubB]] as const) {
          const expected = await expectedLatest(athlete.id, clubId);
          const row = await dashboardRow(coach, clubId, athlete.id);
          expect(row?.latestCheckinId ?? null).toBe(expected?.id ?? null);
          expect(row?.lastCheckinDate ?? null).toBe(expected?.date ?? null);
          expect(row?.verdict ?? null).toBe(expected?.verdict ?? null);
        }
      }),
      { seed: 20261122, numRuns: 25 },
    );
  });
});
