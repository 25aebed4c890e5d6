import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clubMembers, clubs, goals } from "@/db/schema";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const goal = { horizon: "season" as const, title: "Run a sub-50 10K", details: "", status: "active" as const, shareWithCoaches: false };

describe("goals", () => {
  it("creates, lists, edits and deletes the caller's goals at every horizon", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    for (const horizon of ["next_month", "season", "year", "three_years", "career"] as const) {
      await caller.goals.create({ ...goal, horizon, title: `Goal for ${horizon}` });
    }
    const mine = await caller.goals.mine();
    expect(mine.map((g) => g.horizon).sort()).toEqual(["career", "next_month", "season", "three_years", "year"]);
    const first = mine[0]!;
    const updated = await caller.goals.update({ ...goal, id: first.id, status: "achieved", title: "  Done it  " });
    expect(updated).toMatchObject({ status: "achieved", title: "Done it" });
    await caller.goals.delete({ id: first.id });
    expect(await caller.goals.mine()).toHaveLength(4);
  });

  it("never lets another runner read, edit or delete a goal", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const created = await callerFor(t.db, me).goals.create(goal);
    expect(await callerFor(t.db, other).goals.mine()).toHaveLength(0);
    await expectTRPCError(callerFor(t.db, other).goals.update({ ...goal, id: created.id, title: "Mine now" }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, other).goals.delete({ id: created.id }), "NOT_FOUND");
    const [row] = await t.db.select().from(goals).where(eq(goals.id, created.id));
    expect(row!.title).toBe(goal.title);
  });

  it.each([
    ["an empty title", { title: "   " }, "title"],
    ["an unknown horizon", { horizon: "decade" }, "horizon"],
    ["an unknown status", { status: "maybe" }, "status"],
  ])("rejects %s at its field and writes nothing", async (_label, patch, field) => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).goals.create({ ...goal, ...patch } as never), "BAD_REQUEST", field);
    expect(await callerFor(t.db, me).goals.mine()).toHaveLength(0);
  });

  it("shows a club's coaches only the goals an athlete shared with coaches", async () => {
    const athlete = await makeUser(t.db);
    const coach = await makeUser(t.db);
    const member = await makeUser(t.db);
    const outsider = await makeUser(t.db);
    const [club] = await t.db.insert(clubs).values({ slug: `g-${athlete.id.slice(0, 8)}`, name: "Goal club", privacy: "private" }).returning();
    await t.db.insert(clubMembers).values([
      { clubId: club!.id, userId: athlete.id, role: "member" },
      { clubId: club!.id, userId: coach.id, role: "coach" },
      { clubId: club!.id, userId: member.id, role: "member" },
    ]);
    await callerFor(t.db, athlete).goals.create({ ...goal, title: "Shared", shareWithCoaches: true });
    await callerFor(t.db, athlete).goals.create({ ...goal, title: "Private" });
    const shared = await callerFor(t.db, coach).goals.sharedByAthlete({ clubId: club!.id, athleteId: athlete.id });
    expect(shared.map((g) => g.title)).toEqual(["Shared"]);
    await expectTRPCError(callerFor(t.db, member).goals.sharedByAthlete({ clubId: club!.id, athleteId: athlete.id }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, outsider).goals.sharedByAthlete({ clubId: club!.id, athleteId: athlete.id }), "NOT_FOUND");
    // A coach cannot reach someone outside their club through it.
    await expectTRPCError(callerFor(t.db, coach).goals.sharedByAthlete({ clubId: club!.id, athleteId: outsider.id }), "NOT_FOUND");
  });
});
