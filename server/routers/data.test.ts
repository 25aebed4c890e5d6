import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  blockDays, checkins, checkinShares, clubMembers, clubs, comments, goals, notifications, raceResults, reactions, recoveryBlocks, trainingSessions, users,
} from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const today = () => todayIn("UTC");

/** A runner with a bit of everything, in a club with a friend who also posts. */
async function runnerWithData() {
  const me = await makeUser(t.db);
  const friend = await makeUser(t.db);
  const owner = await makeUser(t.db);
  const [club] = await t.db.insert(clubs).values({ slug: `d-${me.id.slice(0, 8)}`, name: "Data club", memberCount: 3 }).returning();
  await t.db.insert(clubMembers).values([
    { clubId: club!.id, userId: me.id, role: "member" },
    { clubId: club!.id, userId: friend.id, role: "member" },
    { clubId: club!.id, userId: owner.id, role: "owner" },
  ]);
  const caller = callerFor(t.db, me);
  await caller.training.log({ date: today(), type: "easy", durationMin: 30, distance: 5, rpe: 3, notes: "Felt, \"fine\"\nreally" });
  await caller.training.logRace({ date: today(), distance: "5k", name: "Parkrun", timeSec: 1500, measuredDistance: null, rpe: 8, notes: "" });
  await caller.goals.create({ horizon: "career", title: "=Keep running", details: "", status: "active", shareWithCoaches: true });
  const checkinRow = { mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 2, motivation: 5, legs: "normal" as const, verdict: "steady" as const, wellnessIndex: 12 };
  const [mine] = await t.db.insert(checkins).values({ ...checkinRow, userId: me.id, date: today(), visibility: "clubs", note: "My slump" }).returning();
  const [theirs] = await t.db.insert(checkins).values({ ...checkinRow, userId: friend.id, date: today(), visibility: "clubs", note: "Friend's post" }).returning();
  await t.db.insert(checkinShares).values([
    { clubId: club!.id, checkinId: mine!.id, userId: me.id },
    { clubId: club!.id, checkinId: theirs!.id, userId: friend.id },
  ]);
  await t.db.insert(comments).values([
    { checkinId: theirs!.id, clubId: club!.id, authorId: me.id, body: "You've got this" },
    { checkinId: mine!.id, clubId: club!.id, authorId: friend.id, body: "Friend's comment on my post" },
  ]);
  await t.db.insert(reactions).values([
    { checkinId: theirs!.id, clubId: club!.id, userId: me.id, kind: "cheer" },
    { checkinId: mine!.id, clubId: club!.id, userId: friend.id, kind: "been_there" },
  ]);
  const [block] = await t.db
    .insert(recoveryBlocks)
    .values({ athleteId: me.id, clubId: club!.id, coachId: owner.id, name: "Slump reset", phase: "reset", startDate: today(), endDate: today(), coachNote: "Easy does it" })
    .returning();
  await t.db.insert(blockDays).values({ blockId: block!.id, athleteId: me.id, date: today(), dayIndex: 0, kind: "walk", minutes: 30 });
  return { me, friend, owner, club: club!, mine: mine!, theirs: theirs! };
}

describe("data export", () => {
  it("exports everything the caller owns, and nothing of anyone else's", async () => {
    const { me, friend, club } = await runnerWithData();
    const data = await callerFor(t.db, me).data.exportJson();
    expect(data.profile).toMatchObject({ id: me.id, email: me.email });
    expect(JSON.stringify(data)).not.toContain("password");
    expect(data.trainingSessions).toHaveLength(2);
    expect(data.raceResults).toHaveLength(1);
    expect(data.goals).toHaveLength(1);
    expect(data.checkins.map((c) => c.note)).toEqual(["My slump"]);
    expect(data.checkinShares).toHaveLength(1);
    expect(data.clubMemberships).toEqual([expect.objectContaining({ clubId: club.id, role: "member" })]);
    expect(data.comments.map((c) => c.body)).toEqual(["You've got this"]);
    expect(data.reactions).toEqual([expect.objectContaining({ kind: "cheer" })]);
    expect(data.recoveryBlocks).toEqual([expect.objectContaining({ name: "Slump reset", coachNote: "Easy does it" })]);
    expect(data.recoveryBlockDays).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toContain(friend.id);
    expect(text).not.toContain("Friend's");
    for (const rows of [data.trainingSessions, data.raceResults, data.goals, data.checkins]) {
      for (const row of rows) expect(row.userId).toBe(me.id);
    }
  });

  it("exports CSV with one section per table, quoting and formula-guarding text", async () => {
    const { me } = await runnerWithData();
    const csv = await callerFor(t.db, me).data.exportCsv();
    for (const section of ["profile", "trainingSessions", "raceResults", "goals", "checkins", "clubMemberships", "comments", "reactions"]) {
      expect(csv).toContain(`# ${section}\r\n`);
    }
    expect(csv).toContain('"Felt, ""fine""\nreally"');
    expect(csv).toContain("'=Keep running");
    expect(csv).not.toContain("Friend's");
  });

  it("is closed to signed-out callers", async () => {
    await expectTRPCError(callerFor(t.db, null).data.exportJson(), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).data.deleteAccount({ confirmation: "delete my account" }), "UNAUTHORIZED");
  });
});

describe("account deletion", () => {
  it("needs the typed confirmation and changes nothing without it", async () => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).data.deleteAccount({ confirmation: "yes" }), "BAD_REQUEST", "confirmation");
    expect(await t.db.select().from(users).where(eq(users.id, me.id))).toHaveLength(1);
  });

  it("removes all the runner's personal data, including their club posts, and keeps member counts right", async () => {
    const { me, friend, club, mine, theirs } = await runnerWithData();
    await callerFor(t.db, me).data.deleteAccount({ confirmation: "  Delete My Account " });
    expect(await t.db.select().from(users).where(eq(users.id, me.id))).toHaveLength(0);
    for (const [table, col] of [
      [trainingSessions, trainingSessions.userId], [raceResults, raceResults.userId], [goals, goals.userId], [checkins, checkins.userId],
      [checkinShares, checkinShares.userId], [clubMembers, clubMembers.userId], [comments, comments.authorId], [reactions, reactions.userId],
      [notifications, notifications.userId], [recoveryBlocks, recoveryBlocks.athleteId], [blockDays, blockDays.athleteId],
    ] as const) {
      expect(await t.db.select().from(table).where(eq(col, me.id))).toHaveLength(0);
    }
    // Their post is gone with its comments; the friend's post stays, without the deleted runner's comment.
    expect(await t.db.select().from(comments).where(inArray(comments.checkinId, [mine.id]))).toHaveLength(0);
    expect(await t.db.select().from(checkins).where(eq(checkins.id, theirs.id))).toHaveLength(1);
    expect(await t.db.select().from(comments).where(eq(comments.checkinId, theirs.id))).toHaveLength(0);
    const [after] = await t.db.select().from(clubs).where(eq(clubs.id, club.id));
    expect(after!.memberCount).toBe(2);
    expect(await t.db.select().from(users).where(eq(users.id, friend.id))).toHaveLength(1);
  });

  it("asks a sole club owner to transfer ownership first, and deletes nothing", async () => {
    const { owner, club } = await runnerWithData();
    const err = await expectTRPCError(callerFor(t.db, owner).data.deleteAccount({ confirmation: "delete my account" }), "CONFLICT");
    expect(err.message).toMatch(/only owner of Data club/);
    expect(await t.db.select().from(users).where(eq(users.id, owner.id))).toHaveLength(1);
    const [row] = await t.db.select().from(clubs).where(eq(clubs.id, club.id));
    expect(row!.memberCount).toBe(3);
  });
});
