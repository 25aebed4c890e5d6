// Choice before sharing (issue 17): the race form names who a race would tell (training.myCoaches, the caller's
// own coaches only), and logRace tells them only when the runner leaves notifyCoaches on.
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications, raceResults } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

/** A runner in two clubs (coach, owner; another owner), asking to join a third, and having left a fourth. */
async function runnerWithClubs() {
  const [runner, coachA, ownerA, ownerB, pendingCoach, leftCoach, clubmate, stranger] = await Promise.all(
    ["Rae Runner", "Ada Coach", "Ben Owner", "Cy Owner", "Dee Pending", "Eve Left", "Flo Clubmate", "Gus Stranger"].map((name) => makeUser(t.db, { name })),
  );
  const clubA = await makeClub(t.db, [
    { userId: runner!.id }, { userId: clubmate!.id }, { userId: coachA!.id, role: "coach" }, { userId: ownerA!.id, role: "owner" },
  ], { name: "Alpha Runners" });
  const clubB = await makeClub(t.db, [{ userId: runner!.id }, { userId: ownerB!.id, role: "owner" }, { userId: coachA!.id, role: "coach" }], { name: "Beta Harriers" });
  await makeClub(t.db, [{ userId: runner!.id, status: "pending" }, { userId: pendingCoach!.id, role: "owner" }]);
  const left = await makeClub(t.db, [{ userId: runner!.id }, { userId: leftCoach!.id, role: "owner" }], { privacy: "public", joinPolicy: "open" });
  await callerFor(t.db, runner!).clubs.leave({ clubId: left.id });
  await makeClub(t.db, [{ userId: stranger!.id, role: "owner" }]);
  return { runner: runner!, coachA: coachA!, ownerA: ownerA!, ownerB: ownerB!, pendingCoach: pendingCoach!, leftCoach: leftCoach!, clubmate: clubmate!, stranger: stranger!, clubA, clubB };
}

const race = (over: Record<string, unknown> = {}) => ({
  date: todayIn("UTC"), distance: "10k" as const, name: "Parkrun", timeSec: 2900, measuredDistance: null, rpe: 9, notes: "", ...over,
});

async function raceNotes(userIds: string[]) {
  return t.db.select().from(notifications).where(and(eq(notifications.kind, "race.logged"), inArray(notifications.userId, userIds)));
}

describe("training.myCoaches", () => {
  it("names the coaches of the caller's active clubs, each once with their shared clubs, and nobody else", async () => {
    const w = await runnerWithClubs();
    const coaches = await callerFor(t.db, w.runner).training.myCoaches();
    expect(coaches.map((c) => c.name)).toEqual(["Ada Coach", "Ben Owner", "Cy Owner"]);
    expect(coaches.find((c) => c.id === w.coachA.id)!.clubNames.sort()).toEqual(["Alpha Runners", "Beta Harriers"]);
    // Another caller gets their own coaches, not the runner's; a coach isn't their own coach.
    expect((await callerFor(t.db, w.stranger).training.myCoaches()).map((c) => c.id)).toEqual([]);
    expect((await callerFor(t.db, w.ownerB).training.myCoaches()).map((c) => c.id)).toEqual([w.coachA.id]);
    expect((await callerFor(t.db, w.clubmate).training.myCoaches()).map((c) => c.id).sort()).toEqual([w.coachA.id, w.ownerA.id].sort());
  });
});

describe("training.logRace and notifyCoaches", () => {
  it("tells exactly the coaches myCoaches named when left on (the default)", async () => {
    const w = await runnerWithClubs();
    const everyone = [w.coachA, w.ownerA, w.ownerB, w.pendingCoach, w.leftCoach, w.clubmate, w.stranger, w.runner].map((u) => u.id);
    const result = await callerFor(t.db, w.runner).training.logRace(race());
    expect(result.coachesNotified).toBe(3);
    expect((await raceNotes(everyone)).map((n) => n.userId).sort()).toEqual([w.coachA.id, w.ownerA.id, w.ownerB.id].sort());
  });

  it("tells nobody when the runner turns it off, and records that", async () => {
    const w = await runnerWithClubs();
    const everyone = [w.coachA, w.ownerA, w.ownerB, w.pendingCoach, w.leftCoach, w.clubmate, w.stranger, w.runner].map((u) => u.id);
    const result = await callerFor(t.db, w.runner).training.logRace(race({ notifyCoaches: false }));
    expect(result.coachesNotified).toBe(0);
    expect(await raceNotes(everyone)).toEqual([]);
    const [row] = await t.db.select().from(raceResults).where(eq(raceResults.id, result.raceId));
    expect(row!.coachesNotified).toBe(false);
  });
});
