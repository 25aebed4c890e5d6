// The access matrix (issue 7, item 1): every tRPC procedure x every kind of caller, each cell run against a real
// database inside a rolled-back transaction. The table lives in server/test/matrix/table.ts; a procedure without a
// row, or a row without a procedure, fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "@/server/test/fixtures";
import { MATRIX, PUBLIC_MATRIX } from "@/server/test/matrix/table";
import { inRollback, invoke, listProcedures, openSubscription, outcomeOf } from "@/server/test/matrix/run-cell";
import { buildWorld, CALLERS, userOf, type SignedIn, type World } from "@/server/test/matrix/world";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
let w: World;
/** The same world around a public club, for the public-club rows. */
let pw: World;
// Two worlds through the real procedures take a while on a busy machine.
beforeAll(async () => {
  w = await buildWorld(t.db);
  pw = await buildWorld(t.db, { privacy: "public", joinPolicy: "approval" });
}, 90_000);

const procedures = listProcedures().map((p) => p.path).sort();
const subscriptions = new Set(listProcedures().filter((p) => p.type === "subscription").map((p) => p.path));

describe("the table covers the router exactly", () => {
  it("has a row for every procedure", () => {
    const missing = procedures.filter((p) => !(p in MATRIX));
    expect(missing, `procedures with no row in server/test/matrix/table.ts: ${missing.join(", ")}`).toEqual([]);
  });
  it("has no row for a procedure that no longer exists", () => {
    const stale = Object.keys(MATRIX).filter((p) => !procedures.includes(p));
    expect(stale, `rows for procedures that no longer exist: ${stale.join(", ")}`).toEqual([]);
  });
  it("states one outcome per kind of caller in every row", () => {
    for (const [path, row] of Object.entries(MATRIX)) expect(row.outcomes.length, path).toBe(CALLERS.length);
    for (const [path, outcomes] of Object.entries(PUBLIC_MATRIX)) expect(outcomes.length, path).toBe(CALLERS.length);
    expect(Object.keys(PUBLIC_MATRIX).filter((p) => !MATRIX[p])).toEqual([]);
  });
});

/** Runs one row's cells (one per kind of caller), each in its own rolled-back transaction, and compares them with the table. */
async function checkRow(world: World, path: string, outcomes: readonly string[]) {
  const row = MATRIX[path]!;
  const got: Record<string, string> = {};
  const want: Record<string, string> = {};
  for (const [i, who] of CALLERS.entries()) {
    const { result } = subscriptions.has(path)
      ? { result: await openSubscription(callerFor(t.db, userOf(world, who)), path, row.input?.(world, who)) }
      : await inRollback(t.db, (tx) => invoke(callerFor(tx, userOf(world, who)), path, row.input?.(world, who)));
    got[who] = outcomeOf(result);
    want[who] = outcomes[i]!;
    if (!result.ok && got[who] !== want[who]) got[who] += ` (${(result.error as Error).message})`;
  }
  expect(got).toEqual(want);
}

describe("every cell (private club, approval policy)", () => {
  it.each(Object.keys(MATRIX).sort())("%s", (path) => checkRow(w, path, MATRIX[path]!.outcomes));
});

describe("public-club rows", () => {
  it.each(Object.keys(PUBLIC_MATRIX).sort())("%s", (path) => checkRow(pw, path, PUBLIC_MATRIX[path]!));
});

describe("self-scoped objects: nobody reaches another user's by id", () => {
  // NOT_FOUND everywhere except a clubmate's comment: the member can already see it in the feed, so there is
  // nothing to hide and the answer is FORBIDDEN ("you can only edit your own comments").
  type Attempt = [label: string, who: SignedIn, path: string, input: (w: World) => unknown, code?: string];
  const attempts: Attempt[] = [
    ["a coach reads the owner's private check-in", "coach", "checkins.byId", (w) => ({ id: w.own.owner.checkinId })],
    ["a stranger reads the member's shared check-in", "stranger", "checkins.byId", (w) => ({ id: w.own.member.checkinId })],
    ["a member deletes a stranger's check-in", "member", "checkins.delete", (w) => ({ id: w.own.stranger.checkinId })],
    ["a member reads the coach's session", "member", "training.get", (w) => ({ id: w.own.coach.sessionId })],
    [
      "a coach rewrites the member's session",
      "coach",
      "training.update",
      (w) => ({ id: w.own.member.sessionId, date: w.today, type: "easy", durationMin: 1, distance: null, rpe: null, notes: "" }),
    ],
    ["an owner deletes the member's session", "owner", "training.delete", (w) => ({ id: w.own.member.sessionId })],
    [
      "a coach edits the member's goal",
      "coach",
      "goals.update",
      (w) => ({ id: w.own.member.goalId, horizon: "year", title: "Hacked", details: "", status: "dropped", shareWithCoaches: true }),
    ],
    ["a stranger deletes the member's goal", "stranger", "goals.delete", (w) => ({ id: w.own.member.goalId })],
    ["a coach marks the member's notification read", "coach", "notifications.markRead", (w) => ({ id: w.own.member.notificationId })],
    ["the block's coach marks the member's block day", "coach", "blocks.markDay", (w) => ({ dayId: w.todayDayId, status: "skipped", note: "" })],
    ["a member edits the owner's comment", "member", "feed.editComment", (w) => ({ clubId: w.cast.club.id, commentId: w.own.owner.commentId, body: "Hacked" }), "FORBIDDEN"],
    ["a member deletes the coach's comment", "member", "feed.deleteComment", (w) => ({ clubId: w.cast.club.id, commentId: w.own.coach.commentId }), "FORBIDDEN"],
    [
      "another club's coach edits a comment through their own club",
      "otherCoach",
      "feed.editComment",
      (w) => ({ clubId: w.cast.otherClub.id, commentId: w.own.member.commentId, body: "Hacked" }),
    ],
    ["another club's coach cancels this club's run through their own club", "otherCoach", "groupRuns.cancel", (w) => ({ clubId: w.cast.otherClub.id, runId: w.runId })],
    ["another club's coach revokes this club's invite through their own club", "otherCoach", "invites.revoke", (w) => ({ clubId: w.cast.otherClub.id, inviteId: w.inviteId })],
    [
      "another club's coach removes this club's member through their own club",
      "otherCoach",
      "clubs.removeMember",
      (w) => ({ clubId: w.cast.otherClub.id, userId: w.cast.member.id }),
      "FORBIDDEN",
    ],
    [
      "another club's coach approves this club's request through their own club",
      "otherCoach",
      "clubs.decideRequest",
      (w) => ({ clubId: w.cast.otherClub.id, userId: w.cast.pending.id, decision: "approve" }),
    ],
    // Leaving ends the club's reach into the athlete's block, its days and their notes.
    ["the club's coach reads a former member's block", "coach", "blocks.byId", (w) => ({ clubId: w.cast.club.id, blockId: w.former.blockId })],
    ["the club's owner reads a former member's block", "owner", "blocks.byId", (w) => ({ clubId: w.cast.club.id, blockId: w.former.blockId })],
    ["the club's coach extends a former member's block", "coach", "blocks.extend", (w) => ({ clubId: w.cast.club.id, blockId: w.former.blockId, days: 3 })],
    [
      "the club's coach edits a former member's day",
      "coach",
      "blocks.updateDay",
      (w) => ({ clubId: w.cast.club.id, dayId: w.former.laterDayId, kind: "walk", minutes: 20, notes: "Swap" }),
    ],
    ["the club's coach ends a former member's block", "coach", "blocks.endEarly", (w) => ({ clubId: w.cast.club.id, blockId: w.former.blockId })],
    ["the club's coach cancels a former member's block", "coach", "blocks.cancel", (w) => ({ clubId: w.cast.club.id, blockId: w.former.blockId })],
    [
      "a former member marks a day of the block that ended when they left",
      "formerMember",
      "blocks.markDay",
      (w) => ({ dayId: w.former.laterDayId, status: "done", note: "" }),
      "CONFLICT",
    ],
    ["a former coach reads the member's block", "formerCoach", "blocks.byId", (w) => ({ clubId: w.cast.club.id, blockId: w.blockId })],
  ];

  it.each(attempts)("%s: refused, and nothing changes", async (_label, who, path, input, code = "NOT_FOUND") => {
    const snapshot = async (db: typeof t.db) => {
      const api = callerFor(db, w.cast.owner);
      const [member, coach, owner] = [callerFor(db, w.cast.member), callerFor(db, w.cast.coach), api];
      return JSON.stringify([
        await Promise.all([member, coach, owner].map((c) => c.training.list({}))),
        await Promise.all([member, coach].map((c) => c.goals.mine())),
        await member.notifications.list({}),
        await member.blocks.today(),
        await callerFor(db, w.cast.formerMember).blocks.history({}),
        await callerFor(db, w.cast.formerMember).notifications.list({}),
        await api.feed.comments({ clubId: w.cast.club.id, checkinId: w.sharedCheckinId }),
        await callerFor(db, w.cast.stranger).checkins.mine({}),
        await owner.checkins.mine({}),
      ]);
    };
    const before = await snapshot(t.db);
    const { result, extra } = await inRollback(t.db, async (tx) => {
      const outcome = await invoke(callerFor(tx, w.cast[who]), path, input(w)).then(() => "ok", (e: unknown) => outcomeOf({ ok: false, error: e }));
      if (outcome !== code) throw new Error(`expected ${code}, got ${outcome}`);
      return snapshot(tx);
    });
    expect(outcomeOf(result)).toBe("ok");
    expect(extra).toBe(before);
  });

  it("checkins.ofAthlete shows outsiders nothing and coaches the member's check-ins", async () => {
    const page = async (who: SignedIn) =>
      (await callerFor(t.db, w.cast[who]).checkins.ofAthlete({ userId: w.cast.member.id })) as { items: unknown[] };
    for (const who of ["stranger", "pending", "otherCoach", "formerMember", "formerCoach"] as const) expect((await page(who)).items, who).toEqual([]);
    expect((await page("coach")).items.length).toBeGreaterThan(0);
  });
});

describe("former members and coaches", () => {
  it("the former member keeps their block, ended when they left; the club's lists drop them", async () => {
    const me = callerFor(t.db, w.cast.formerMember);
    const { items } = await me.blocks.history({});
    expect(items.find((b) => b.id === w.former.blockId)).toMatchObject({ status: "left_club", done: 0 });
    expect((await me.blocks.today()).block).toBeNull();
    const coach = callerFor(t.db, w.cast.coach);
    const clubId = w.cast.club.id;
    expect((await coach.dashboard.athletes({ clubId })).rows.map((r) => r.athleteId)).not.toContain(w.cast.formerMember.id);
    expect((await coach.blocks.assignable({ clubId, search: "", ids: [w.cast.formerMember.id] })).map((a) => a.id)).not.toContain(w.cast.formerMember.id);
  });
});
