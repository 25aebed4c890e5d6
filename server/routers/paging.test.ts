import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, clubInvites, groupRuns, notifications, raceResults, recoveryBlocks, trainingSessions } from "@/db/schema";
import { makeClub, makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// Every list pages the same way: an opaque cursor from one page gives the next, without gaps or repeats, even through
// ties in the sort key and rows a microsecond apart; a tampered cursor is refused at the cursor field.
const t = setupTestDb();

type Page = { nextCursor: string | null };
/** Walks a list `limit` at a time; returns the ids seen and the first page's cursor. */
async function walk<P extends Page>(fetch: (cursor: string | null) => Promise<P>, idsOf: (page: P) => string[]) {
  const seen: string[] = [];
  let first: string | null = null;
  let cursor: string | null = null;
  do {
    const page: P = await fetch(cursor);
    seen.push(...idsOf(page));
    first ??= page.nextCursor;
    cursor = page.nextCursor;
  } while (cursor);
  return { seen, first: first! };
}

/** Microseconds inside one millisecond, and a tie: a JS Date would lose the difference. */
const INSTANTS = ["2020-01-01T10:00:00.123457Z", "2020-01-01T10:00:00.123456Z", "2020-01-01T10:00:00.123456Z", "2020-01-01T10:00:00.123456Z", "2020-01-01T10:00:00.123455Z"];
const at = (instant: string) => sql`${instant}::timestamptz`;

async function expectSamePages<P extends Page>(fetch: (cursor: string | null, limit: number) => Promise<P>, idsOf: (page: P) => string[], count: number) {
  const all = idsOf(await fetch(null, 50));
  expect(all).toHaveLength(count);
  const { seen, first } = await walk((cursor) => fetch(cursor, 2), idsOf);
  expect(seen).toEqual(all);
  await expectTRPCError(fetch(first.slice(1), 2), "BAD_REQUEST", "cursor");
  await expectTRPCError(fetch("not a cursor!", 2), "BAD_REQUEST", "cursor");
}

describe("paging every list", () => {
  it("audit log, invites and group runs", async () => {
    const cast = await makeClubCast(t.db);
    const clubId = cast.club.id;
    await t.db.insert(auditLog).values(INSTANTS.map((i) => ({ clubId, actorId: cast.owner.id, action: "member.removed", createdAt: at(i) })));
    await t.db.insert(clubInvites).values(INSTANTS.map((i, n) => ({ clubId, createdBy: cast.coach.id, tokenHash: `hash-${clubId}-${n}`, tokenHint: `h${n}`, createdAt: at(i) })));
    await t.db.insert(groupRuns).values(INSTANTS.map((i, n) => ({ clubId, title: `Run ${n}`, startsAt: at(i) })));
    const owner = callerFor(t.db, cast.owner);
    await expectSamePages((cursor, limit) => owner.clubs.auditLog({ clubId, cursor, limit }), (p) => p.items.map((r) => r.id), 5);
    await expectSamePages((cursor, limit) => owner.invites.list({ clubId, cursor, limit }), (p) => p.items.map((r) => r.id), 5);
    await expectSamePages((cursor, limit) => owner.groupRuns.list({ clubId, when: "past", cursor, limit }), (p) => p.items.map((r) => r.id), 5);
  });

  it("notifications", async () => {
    const me = await makeUser(t.db);
    await t.db.insert(notifications).values(INSTANTS.map((i, n) => ({ userId: me.id, kind: "test", title: `Note ${n}`, createdAt: at(i) })));
    const api = callerFor(t.db, me);
    await expectSamePages((cursor, limit) => api.notifications.list({ cursor, limit }), (p) => p.items.map((r) => r.id), 5);
  });

  it("members and join requests, by name whatever its case", async () => {
    const names = ["anna", "Anna", "ANNA", "Bea", "bea", "Cal"];
    const people = await Promise.all(names.map((name) => makeUser(t.db, { name })));
    const waiting = await Promise.all(names.map((name) => makeUser(t.db, { name })));
    const coach = await makeUser(t.db, { name: "Zed" });
    const club = await makeClub(t.db, [
      { userId: coach.id, role: "owner" },
      ...people.map((p) => ({ userId: p.id })),
      ...waiting.map((p) => ({ userId: p.id, status: "pending" as const })),
    ]);
    const api = callerFor(t.db, coach);
    await expectSamePages((cursor, limit) => api.clubs.members({ clubId: club.id, cursor, limit }), (p) => p.items.map((m) => m.userId), 7);
    await expectSamePages((cursor, limit) => api.clubs.pendingRequests({ clubId: club.id, cursor, limit }), (p) => p.items.map((m) => m.userId), 6);
  });

  it("races and block history, through days shared by several rows", async () => {
    const me = await makeUser(t.db);
    const club = await makeClub(t.db, [{ userId: me.id }]);
    const days = ["2026-03-02", "2026-03-01", "2026-03-01", "2026-03-01", "2026-02-28"];
    const sessions = await t.db
      .insert(trainingSessions)
      .values(days.map((date) => ({ userId: me.id, date, type: "race" as const, durationMin: 30 })))
      .returning({ id: trainingSessions.id, date: trainingSessions.date });
    await t.db.insert(raceResults).values(sessions.map((s) => ({ userId: me.id, sessionId: s.id, date: s.date, distance: "5k" as const, timeSec: 1500, recoveryTemplateKey: "5k" })));
    await t.db.insert(recoveryBlocks).values(days.map((startDate) => ({ athleteId: me.id, clubId: club.id, name: "Reset", phase: "reset" as const, status: "completed" as const, startDate, endDate: startDate })));
    const api = callerFor(t.db, me);
    await expectSamePages((cursor, limit) => api.training.list({ cursor, limit }), (p) => p.items.map((s) => s.id), 5);
    await expectSamePages((cursor, limit) => api.training.races({ cursor, limit }), (p) => p.items.map((r) => r.id), 5);
    await expectSamePages((cursor, limit) => api.blocks.history({ cursor, limit }), (p) => p.items.map((b) => b.id), 5);
  });
});
