import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { groupRuns, notifications } from "@/db/schema";
import { notify } from "@/server/domain/notifications/notify";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const runInput = (clubId: string, startsAtLocal: string) => ({
  clubId, title: "Sunday long run", startsAtLocal, meetingPoint: "Boathouse steps", distanceKm: 16, paceGroups: ["5:30/km", "6:30/km"], notes: "Coffee after.",
});
const nextYear = new Date().getUTCFullYear() + 1;

async function runCount(clubId: string) {
  return (await t.db.select({ id: groupRuns.id }).from(groupRuns).where(eq(groupRuns.clubId, clubId))).length;
}

describe("scheduling group runs", () => {
  it("reads the start time in the club's time zone and stores the instant", async () => {
    const cast = await makeClubCast(t.db, { timeZone: "America/New_York" });
    const run = await callerFor(t.db, cast.coach).groupRuns.create(runInput(cast.club.id, `${nextYear}-07-04T07:30`));
    // 07:30 in New York in July is 11:30 UTC (EDT).
    expect(run.startsAt.toISOString()).toBe(`${nextYear}-07-04T11:30:00.000Z`);
    expect(run).toMatchObject({ distanceMeters: 16000, paceGroups: ["5:30/km", "6:30/km"], meetingPoint: "Boathouse steps" });
  });

  it.each([
    ["a time in the past", { startsAtLocal: "2020-01-01T08:00" }, "startsAtLocal"],
    ["a date that doesn't exist", { startsAtLocal: `${nextYear}-02-30T08:00` }, "startsAtLocal"],
    ["a too-long title", { title: "x".repeat(101) }, "title"],
    ["too-long notes", { notes: "x".repeat(2001) }, "notes"],
    ["a negative distance", { distanceKm: -3 }, "distanceKm"],
    ["too many pace groups", { paceGroups: Array.from({ length: 9 }, (_, i) => `${i}:00`) }, "paceGroups"],
  ])("refuses %s at its field and writes nothing", async (_label, over, field) => {
    const cast = await makeClubCast(t.db);
    await expectTRPCError(
      callerFor(t.db, cast.owner).groupRuns.create({ ...runInput(cast.club.id, `${nextYear}-05-01T09:00`), ...over }),
      "BAD_REQUEST",
      field,
    );
    expect(await runCount(cast.club.id)).toBe(0);
  });
});

describe("RSVPs, lists and cancelling", () => {
  it("records answers, shows counts and the caller's own answer, and lists past runs as past", async () => {
    const cast = await makeClubCast(t.db);
    const coach = callerFor(t.db, cast.coach);
    const soon = await coach.groupRuns.create(runInput(cast.club.id, `${nextYear}-03-01T08:00`));
    const later = await coach.groupRuns.create({ ...runInput(cast.club.id, `${nextYear}-03-08T08:00`), title: "Hill reps" });
    const [past] = await t.db
      .insert(groupRuns)
      .values({ clubId: cast.club.id, title: "Last week's run", startsAt: new Date(Date.now() - 7 * 86_400_000) })
      .returning();
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: soon.id, status: "maybe" });
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: soon.id, status: "going" });
    await coach.groupRuns.rsvp({ clubId: cast.club.id, runId: soon.id, status: "going" });
    await callerFor(t.db, cast.owner).groupRuns.rsvp({ clubId: cast.club.id, runId: later.id, status: "not_going" });

    const api = callerFor(t.db, cast.member);
    const first = await api.groupRuns.list({ clubId: cast.club.id, when: "upcoming", limit: 1 });
    expect(first.items.map((r) => [r.title, r.myRsvp, r.rsvpCounts.going])).toEqual([["Sunday long run", "going", 2]]);
    const second = await api.groupRuns.list({ clubId: cast.club.id, when: "upcoming", limit: 1, cursor: first.nextCursor });
    expect(second.items.map((r) => [r.title, r.myRsvp, r.rsvpCounts.not_going])).toEqual([["Hill reps", null, 1]]);
    expect(second.nextCursor).toBeNull();
    const pastList = await api.groupRuns.list({ clubId: cast.club.id, when: "past" });
    expect(pastList.items.map((r) => [r.id, r.isPast])).toEqual([[past!.id, true]]);

    const detail = await api.groupRuns.byId({ clubId: cast.club.id, runId: soon.id });
    expect(detail.people?.filter((p) => p.status === "going").map((p) => p.name).sort()).toEqual([cast.coach.name, cast.member.name].sort());
    await expectTRPCError(api.groupRuns.rsvp({ clubId: cast.club.id, runId: past!.id, status: "going" }), "BAD_REQUEST", "status");
  });

  it("cancels a run, telling everyone who answered except the canceller, and refuses RSVPs after", async () => {
    const cast = await makeClubCast(t.db);
    const coach = callerFor(t.db, cast.coach);
    const run = await coach.groupRuns.create(runInput(cast.club.id, `${nextYear}-04-01T08:00`));
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "going" });
    await callerFor(t.db, cast.owner).groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "not_going" });
    await coach.groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "going" });
    await coach.groupRuns.cancel({ clubId: cast.club.id, runId: run.id });
    await coach.groupRuns.cancel({ clubId: cast.club.id, runId: run.id }); // twice: no second round of notifications

    const told = await t.db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.kind, "club.run_cancelled"));
    expect(told.map((n) => n.userId).sort()).toEqual([cast.member.id, cast.owner.id].sort());
    await expectTRPCError(callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "maybe" }), "BAD_REQUEST", "status");
    const listed = await callerFor(t.db, cast.member).groupRuns.list({ clubId: cast.club.id, when: "upcoming" });
    expect(listed.items[0]!.cancelledAt).not.toBeNull();
  });

  it("refuses to cancel a run that has started", async () => {
    const cast = await makeClubCast(t.db);
    const [past] = await t.db.insert(groupRuns).values({ clubId: cast.club.id, title: "Done", startsAt: new Date(Date.now() - 60_000) }).returning();
    await expectTRPCError(callerFor(t.db, cast.coach).groupRuns.cancel({ clubId: cast.club.id, runId: past!.id }), "BAD_REQUEST");
  });
});

describe("notifications", () => {
  it("pages newest first, counts unread, and marks one or all read", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    for (let i = 0; i < 5; i++) {
      await notify(t.db, [{ userId: me.id, kind: "test", title: `Note ${i}` }]);
      // A second apart: PGlite's clock can give two quick inserts the same timestamp, and then "newest" is a tie.
      await t.db.update(notifications).set({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) }).where(and(eq(notifications.userId, me.id), eq(notifications.title, `Note ${i}`)));
    }
    await notify(t.db, [{ userId: other.id, kind: "test", title: "Not yours" }]);
    const api = callerFor(t.db, me);
    expect(await api.notifications.unreadCount()).toBe(5);
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.notifications.list>> = await api.notifications.list({ limit: 2, cursor });
      titles.push(...page.items.map((n) => n.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles).toEqual(["Note 4", "Note 3", "Note 2", "Note 1", "Note 0"]);

    const newest = (await api.notifications.list({ limit: 1 })).items[0]!;
    await api.notifications.markRead({ id: newest.id });
    expect(await api.notifications.unreadCount()).toBe(4);
    expect((await api.notifications.list({ unreadOnly: true })).items).toHaveLength(4);
    expect(await api.notifications.markAllRead()).toEqual({ marked: 4 });
    expect(await api.notifications.unreadCount()).toBe(0);
    expect(await callerFor(t.db, other).notifications.unreadCount()).toBe(1);
  });
});
