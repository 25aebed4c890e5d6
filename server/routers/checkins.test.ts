import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkinShares, checkins, clubMembers, trainingSessions, users } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import type { CheckinInput } from "@/contract/checkins";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const today = () => todayIn("UTC");
const base = checkinInput;

/** A club the user owns, public unless told otherwise. */
const clubOwnedBy = (ownerId: string, privacy: "public" | "private" = "public") =>
  makeClub(t.db, [{ userId: ownerId, role: "owner" }], { privacy, joinPolicy: "open" });
async function join(clubId: string, userId: string, role: "coach" | "member" = "member", status: "active" | "pending" = "active") {
  await t.db.insert(clubMembers).values({ clubId, userId, role, status });
}
const count = async (table: typeof checkins | typeof trainingSessions | typeof checkinShares, userId: string) =>
  (await t.db.select().from(table).where(eq(table.userId, userId))).length;

describe("checkins.save", () => {
  it("records a check-in with a verdict and reasons, and remembers who saw it", async () => {
    const me = await makeUser(t.db);
    const club = await clubOwnedBy(me.id);
    const saved = await callerFor(t.db, me).checkins.save(
      base({ legs: "heavy", easyHeartRate: "higher", visibility: "clubs", clubIds: [club.id], note: "Legs like bricks" }),
    );
    expect(saved.verdict).toBe("hold_back");
    expect(saved.reasons).toEqual(expect.arrayContaining(["legs heavy early", "heart rate higher than usual at easy effort"]));
    expect(saved.created).toBe(true);
    const [u] = await t.db.select().from(users).where(eq(users.id, me.id));
    expect(u!.lastCheckinVisibility).toBe("clubs");
    expect(u!.lastCheckinClubIds).toEqual([club.id]);
    const form = await callerFor(t.db, me).checkins.form({});
    expect(form.defaults).toEqual({ visibility: "clubs", clubIds: [club.id] });
    expect(form.existing?.note).toBe("Legs like bricks");
  });

  it("edits the day's check-in on a second save, and a double submit makes one", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    await Promise.all([api.checkins.save(base({ mood: 3 })), api.checkins.save(base({ mood: 3 }))]);
    const second = await api.checkins.save(base({ mood: 6, note: "better" }));
    expect(second.created).toBe(false);
    const rows = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mood: 6, note: "better" });
  });

  it("links the session as a training_sessions row, updates it on edit and deletes it with the check-in", async () => {
    const me = await makeUser(t.db, { distanceUnit: "mi" });
    const api = callerFor(t.db, me);
    const first = await api.checkins.save(base({ session: { type: "easy", durationMin: 40, distance: 5, rpe: 4 } }));
    expect(first.sessionLoad).toBe(160);
    let [session] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, me.id));
    expect(session).toMatchObject({ source: "checkin", durationMin: 40, distanceM: 8047, rpe: 4, load: 160, date: today() });
    const [row] = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(row!.sessionId).toBe(session!.id);

    await api.checkins.save(base({ session: { type: "tempo", durationMin: 30, rpe: 7 } }));
    const sessions = await t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, me.id));
    expect(sessions).toHaveLength(1);
    [session] = sessions;
    expect(session).toMatchObject({ id: row!.sessionId, type: "tempo", durationMin: 30, load: 210, distanceM: null });

    await api.checkins.delete({ id: row!.id });
    expect(await count(checkins, me.id)).toBe(0);
    expect(await count(trainingSessions, me.id)).toBe(0);
  });

  it("removing the session from the check-in removes the row", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    await api.checkins.save(base({ session: { type: "easy", durationMin: 30, rpe: 3 } }));
    await api.checkins.save(base({ session: null }));
    expect(await count(trainingSessions, me.id)).toBe(0);
  });

  it("judges the day against earlier days: previous check-ins and sessions feed the verdict", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    for (const ago of [2, 1]) await api.checkins.save(base({ date: addDays(today(), -ago), mood: 2, legs: "heavy", easyEffortHarder: true }));
    const r = await api.checkins.save(base({ mood: 2 }));
    expect(r.burnoutFlag).toBe(true);
    expect(r.verdict).toBe("reset");
    expect(r.reasons[0]).toBe("mood flat for days (3 of the last 4 days)");
  });

  it("notices easy runs in the training log getting slower, in the runner's own units", async () => {
    const me = await makeUser(t.db, { distanceUnit: "mi" });
    const api = callerFor(t.db, me);
    // Three weeks of 5 mi easy runs at 8:00/mi, then one at 8:48/mi this week; today's is 5 mi in 44 min too.
    await t.db.insert(trainingSessions).values([
      ...[9, 12, 16, 20].map((ago) => ({ userId: me.id, date: addDays(today(), -ago), type: "easy" as const, durationMin: 40, distanceM: 8047 })),
      { userId: me.id, date: addDays(today(), -2), type: "easy" as const, durationMin: 44, distanceM: 8047 },
    ]);
    const r = await api.checkins.save(base({ energy: 2, session: { type: "easy", durationMin: 44, distance: 5, rpe: 3 } }));
    expect(r.burnoutFlag).toBe(true);
    expect(r.reasons).toContain("easy runs getting slower (about 10% this week)");
  });

  it.each([
    ["a scale above 7", { mood: 8 }, "mood"],
    ["a scale below 1", { soreness: 0 }, "soreness"],
    ["a fractional scale", { stress: 2.5 }, "stress"],
    ["an RPE of 11", { session: { type: "easy", durationMin: 30, rpe: 11 } }, "session.rpe"],
    ["an over-long update", { note: "x".repeat(2001) }, "note"],
    ["a malformed date", { date: "18/03/2026" }, "date"],
    ["clubs without a club", { visibility: "clubs", clubIds: [] }, "clubIds"],
  ] as const)("rejects %s at its field and writes nothing", async (_l, over, field) => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).checkins.save(base(over as Partial<CheckinInput>)), "BAD_REQUEST", field);
    expect(await count(checkins, me.id)).toBe(0);
  });

  it("rejects a future date and sharing with a club the runner is not in", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const theirs = await clubOwnedBy(other.id);
    const pending = await clubOwnedBy(other.id);
    await join(pending.id, me.id, "member", "pending");
    await expectTRPCError(callerFor(t.db, me).checkins.save(base({ date: addDays(today(), 2) })), "BAD_REQUEST", "date");
    for (const clubId of [theirs.id, pending.id]) {
      await expectTRPCError(callerFor(t.db, me).checkins.save(base({ visibility: "clubs", clubIds: [clubId] })), "BAD_REQUEST", "clubIds");
    }
    expect(await count(checkins, me.id)).toBe(0);
    expect(await count(checkinShares, me.id)).toBe(0);
  });

  it("stores script and HTML as plain text", async () => {
    const me = await makeUser(t.db);
    const note = `<script>alert("x")</script><b>bold</b>`;
    await callerFor(t.db, me).checkins.save(base({ note }));
    const [row] = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(row!.note).toBe(note);
  });

  it("is closed to signed-out callers", async () => {
    await expectTRPCError(callerFor(t.db, null).checkins.save(base()), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).checkins.mine({}), "UNAUTHORIZED");
  });
});

describe("who sees a check-in", () => {
  it("applies only me / my coaches / my clubs, and nobody else", async () => {
    const author = await makeUser(t.db);
    const owner = await makeUser(t.db);
    const coach = await makeUser(t.db);
    const mate = await makeUser(t.db);
    const otherOwner = await makeUser(t.db);
    const otherCoach = await makeUser(t.db);
    const stranger = await makeUser(t.db);
    const club = await clubOwnedBy(owner.id);
    await join(club.id, coach.id, "coach");
    await join(club.id, mate.id);
    await join(club.id, author.id);
    const other = await clubOwnedBy(otherOwner.id);
    await join(other.id, otherCoach.id, "coach");
    await join(other.id, mate.id);

    const api = callerFor(t.db, author);
    const days = [3, 2, 1].map((ago) => addDays(today(), -ago));
    const priv = await api.checkins.save(base({ date: days[0], visibility: "private" }));
    const coaches = await api.checkins.save(base({ date: days[1], visibility: "coaches" }));
    const shared = await api.checkins.save(base({ date: days[2], visibility: "clubs", clubIds: [club.id] }));

    const sees = async (viewer: { id: string }, id: string) =>
      callerFor(t.db, viewer).checkins.byId({ id }).then(() => true, (e: { code?: string }) => {
        expect(e.code).toBe("NOT_FOUND");
        return false;
      });
    const table: [string, { id: string }, boolean, boolean, boolean][] = [
      ["author", author, true, true, true],
      ["club owner", owner, false, true, true],
      ["club coach", coach, false, true, true],
      ["clubmate", mate, false, false, true],
      ["owner of another club", otherOwner, false, false, false],
      ["coach of another club", otherCoach, false, false, false],
      ["stranger", stranger, false, false, false],
    ];
    for (const [who, viewer, p, c, s] of table) {
      expect([who, await sees(viewer, priv.id), await sees(viewer, coaches.id), await sees(viewer, shared.id)]).toEqual([who, p, c, s]);
    }
    const coachView = await callerFor(t.db, coach).checkins.ofAthlete({ userId: author.id });
    expect(coachView.items.map((c) => c.id).sort()).toEqual([coaches.id, shared.id].sort());
    expect((await callerFor(t.db, mate).checkins.ofAthlete({ userId: author.id })).items.map((c) => c.id)).toEqual([shared.id]);
    expect((await callerFor(t.db, otherCoach).checkins.ofAthlete({ userId: author.id })).items).toEqual([]);

    // Leaving the club ends the coach's view of "my coaches" check-ins.
    await t.db.update(clubMembers).set({ status: "removed" }).where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, author.id)));
    expect(await sees(coach, coaches.id)).toBe(false);
    expect(await sees(mate, shared.id)).toBe(false);
  });

  it("lets only the author delete, and lists only their own", async () => {
    const author = await makeUser(t.db);
    const other = await makeUser(t.db);
    const saved = await callerFor(t.db, author).checkins.save(base());
    await expectTRPCError(callerFor(t.db, other).checkins.delete({ id: saved.id }), "NOT_FOUND");
    expect((await callerFor(t.db, other).checkins.mine({})).items).toEqual([]);
    expect((await callerFor(t.db, author).checkins.mine({})).items.map((c) => c.id)).toEqual([saved.id]);
  });
});

describe("history", () => {
  it("pages past check-ins by day and sums weekly load over 8 weeks", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    for (let ago = 0; ago < 5; ago++) {
      await api.checkins.save(base({ date: addDays(today(), -ago), session: { type: "easy", durationMin: 30, rpe: 5 } }));
    }
    const first = await api.checkins.mine({ limit: 3 });
    expect(first.items.map((c) => c.date)).toEqual([0, 1, 2].map((a) => addDays(today(), -a)));
    const second = await api.checkins.mine({ limit: 3, cursor: first.nextCursor });
    expect(second.items.map((c) => c.date)).toEqual([3, 4].map((a) => addDays(today(), -a)));
    expect(second.nextCursor).toBeNull();
    for (const cursor of ["2026-02-30", "soon"]) await expectTRPCError(api.checkins.mine({ cursor }), "BAD_REQUEST", "cursor");
    const history = await api.checkins.history();
    expect(history.weeks).toHaveLength(8);
    expect(history.weeks.reduce((s, w) => s + w.load, 0)).toBe(5 * 150);
    expect(history.days).toHaveLength(5);
  });
});
