import { TZDate } from "@date-fns/tz";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkinShares, clubMembers, clubs, comments, notifications, reactions } from "@/db/schema";
import { addDays, todayIn, weekStart } from "@/server/domain/days";
import { getSlumpBanner } from "@/server/domain/feed/slump-banner";
import { expectTRPCError } from "@/server/test/expect-error";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const today = () => todayIn("UTC");
const base = checkinInput;
const slump = { legs: "heavy", easyHeartRate: "higher" } as const;

/** A club the user owns, public unless told otherwise. */
const clubOwnedBy = (ownerId: string, privacy: "public" | "private" = "public") =>
  makeClub(t.db, [{ userId: ownerId, role: "owner" }], { privacy, joinPolicy: "open" });
async function member(clubId: string, role: "coach" | "member" = "member") {
  const user = await makeUser(t.db);
  await t.db.insert(clubMembers).values({ clubId, userId: user.id, role });
  return user;
}

async function setup(privacy: "public" | "private" = "public") {
  const owner = await makeUser(t.db);
  const club = await clubOwnedBy(owner.id, privacy);
  const coach = await member(club.id, "coach");
  const author = await member(club.id);
  const mate = await member(club.id);
  const outsider = await makeUser(t.db);
  const otherOwner = await makeUser(t.db);
  await clubOwnedBy(otherOwner.id);
  return { owner, club, coach, author, mate, outsider, otherOwner };
}

describe("feed.list", () => {
  it("shows club-shared check-ins newest first, and never private or coach-only ones", async () => {
    const { club, author, mate } = await setup();
    const api = callerFor(t.db, author);
    await api.checkins.save(base({ date: addDays(today(), -2), visibility: "private", note: "private" }));
    await api.checkins.save(base({ date: addDays(today(), -1), visibility: "coaches", note: "coaches" }));
    const shared = await api.checkins.save(base({ ...slump, visibility: "clubs", clubIds: [club.id], note: "<img src=x onerror=alert(1)>" }));
    const page = await callerFor(t.db, mate).feed.list({ clubId: club.id });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      checkinId: shared.id, verdict: "hold_back", note: "<img src=x onerror=alert(1)>", author: { id: author.id }, commentCount: 0,
      reactions: { cheer: { count: 0, mine: false }, been_there: { count: 0, mine: false }, got_this: { count: 0, mine: false } },
    });
    expect(page.items[0]!.reasons).toContain("legs heavy early");
  });

  it("pages with a keyset cursor, without gaps or repeats", async () => {
    const { club, owner } = await setup();
    const runners = await Promise.all(Array.from({ length: 7 }, () => member(club.id)));
    for (const r of runners) await callerFor(t.db, r).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    // Equal share times must still page cleanly: the check-in id breaks the tie.
    await t.db.update(checkinShares).set({ sharedAt: new Date("2026-01-01T10:00:00.123456Z") }).where(eq(checkinShares.clubId, club.id));
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await callerFor(t.db, owner).feed.list({ clubId: club.id, limit: 3, cursor });
      seen.push(...page.items.map((i) => i.checkinId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort().reverse()).toEqual(seen);
    await expectTRPCError(callerFor(t.db, owner).feed.list({ clubId: club.id, cursor: "bogus" }), "BAD_REQUEST", "cursor");
  });

  it("hides posts of runners who left, and still pages past a window full of them", async () => {
    const { club, owner } = await setup();
    const stayer = await member(club.id);
    const leavers = await Promise.all(Array.from({ length: 6 }, () => member(club.id)));
    await callerFor(t.db, stayer).checkins.save(base({ date: addDays(today(), -1), visibility: "clubs", clubIds: [club.id] }));
    for (const l of leavers) await callerFor(t.db, l).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    for (const l of leavers) {
      await t.db.update(clubMembers).set({ status: "removed" }).where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, l.id)));
    }
    // The stayer's post is older than all six leavers' posts: a page of 2 (window of 5) must skip past them.
    const seen: string[] = [];
    let cursor: string | null | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await callerFor(t.db, owner).feed.list({ clubId: club.id, limit: 2, cursor });
      seen.push(...page.items.map((x) => x.author.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual([stayer.id]);
    expect(cursor).toBeNull();
  });

  it("hides the burnout flag from clubmates but shows it to coaches and the author", async () => {
    const { club, author, mate, coach } = await setup();
    const api = callerFor(t.db, author);
    for (const ago of [2, 1]) await api.checkins.save(base({ date: addDays(today(), -ago), mood: 1 }));
    await api.checkins.save(base({ mood: 1, visibility: "clubs", clubIds: [club.id] }));
    const flagOf = async (u: { id: string }) => (await callerFor(t.db, u).feed.list({ clubId: club.id })).items[0]!.burnoutFlag;
    expect([await flagOf(author), await flagOf(coach), await flagOf(mate)]).toEqual([true, true, false]);
  });

  it("is closed to non-members (FORBIDDEN for a public club, NOT_FOUND for a private one)", async () => {
    for (const privacy of ["public", "private"] as const) {
      const { club, author, outsider, otherOwner } = await setup(privacy);
      const saved = await callerFor(t.db, author).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
      const code = privacy === "public" ? "FORBIDDEN" : "NOT_FOUND";
      for (const who of [outsider, otherOwner]) {
        const api = callerFor(t.db, who);
        await expectTRPCError(api.feed.list({ clubId: club.id }), code);
        await expectTRPCError(api.feed.banner({ clubId: club.id }), code);
        await expectTRPCError(api.feed.react({ clubId: club.id, checkinId: saved.id, kind: "cheer" }), code);
        await expectTRPCError(api.feed.addComment({ clubId: club.id, checkinId: saved.id, body: "hi" }), code);
        await expectTRPCError(api.feed.comments({ clubId: club.id, checkinId: saved.id }), code);
      }
      await expectTRPCError(callerFor(t.db, null).feed.list({ clubId: club.id }), "UNAUTHORIZED");
      expect(await t.db.select().from(reactions).where(eq(reactions.clubId, club.id))).toEqual([]);
      expect(await t.db.select().from(comments).where(eq(comments.clubId, club.id))).toEqual([]);
    }
  });

  it("a member cannot react to or comment on a check-in not shared with the club", async () => {
    const { club, author, mate } = await setup();
    const coachOnly = await callerFor(t.db, author).checkins.save(base({ visibility: "coaches" }));
    await expectTRPCError(callerFor(t.db, mate).feed.react({ clubId: club.id, checkinId: coachOnly.id, kind: "cheer" }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, mate).feed.addComment({ clubId: club.id, checkinId: coachOnly.id, body: "hi" }), "NOT_FOUND");
  });
});

describe("reactions", () => {
  it("toggles one of each kind per person, counts them and notifies the author once", async () => {
    const { club, author, mate, coach } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    const react = (u: { id: string }, kind: "cheer" | "been_there" | "got_this") =>
      callerFor(t.db, u).feed.react({ clubId: club.id, checkinId: saved.id, kind });
    expect(await react(mate, "cheer")).toEqual({ kind: "cheer", active: true, count: 1 });
    expect(await react(coach, "cheer")).toEqual({ kind: "cheer", active: true, count: 2 });
    expect(await react(mate, "been_there")).toMatchObject({ active: true, count: 1 });
    expect(await react(mate, "cheer")).toEqual({ kind: "cheer", active: false, count: 1 });
    const item = (await callerFor(t.db, mate).feed.list({ clubId: club.id })).items[0]!;
    expect(item.reactions).toEqual({ cheer: { count: 1, mine: false }, been_there: { count: 1, mine: true }, got_this: { count: 0, mine: false } });
    const notes = await t.db.select().from(notifications).where(eq(notifications.userId, author.id));
    // The mate's cheer was taken back while unread, so its note went with it.
    expect(notes.filter((n) => n.kind === "feed.reaction")).toHaveLength(2);
    expect(notes[0]!.href).toBe(`/clubs/${club.slug}/feed#checkin-${saved.id}`);
    // Reacting to your own post tells nobody.
    await react(author, "got_this");
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, author.id))).toHaveLength(2);
  });
});

describe("comments", () => {
  it("authors edit and delete their own; owners and coaches remove any; the author is notified", async () => {
    const { club, author, mate, coach, owner } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    const m = callerFor(t.db, mate);
    const c1 = await m.feed.addComment({ clubId: club.id, checkinId: saved.id, body: "<b>You've got this</b>" });
    const c2 = await m.feed.addComment({ clubId: club.id, checkinId: saved.id, body: "second" });
    const c3 = await callerFor(t.db, author).feed.addComment({ clubId: club.id, checkinId: saved.id, body: "thanks!" });
    await expectTRPCError(callerFor(t.db, author).feed.editComment({ clubId: club.id, commentId: c1.id, body: "hacked" }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, author).feed.deleteComment({ clubId: club.id, commentId: c1.id }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, coach).feed.editComment({ clubId: club.id, commentId: c1.id, body: "hacked" }), "FORBIDDEN");
    expect(await m.feed.editComment({ clubId: club.id, commentId: c1.id, body: "edited" })).toMatchObject({ body: "edited" });
    await callerFor(t.db, coach).feed.deleteComment({ clubId: club.id, commentId: c2.id });
    await callerFor(t.db, owner).feed.deleteComment({ clubId: club.id, commentId: c3.id });
    const list = await m.feed.comments({ clubId: club.id, checkinId: saved.id });
    expect(list.items.map((c) => [c.body, c.canEdit, c.canDelete])).toEqual([["edited", true, true]]);
    const notes = await t.db.select().from(notifications).where(and(eq(notifications.userId, author.id), eq(notifications.kind, "feed.comment")));
    expect(notes).toHaveLength(2);
    expect(notes.map((n) => n.body)).toContain("<b>You've got this</b>");
    expect((await m.feed.list({ clubId: club.id })).items[0]!.commentCount).toBe(1);
  });

  it("rejects empty or over-long comments at the body field, writing nothing", async () => {
    const { club, author, mate } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    for (const body of ["   ", "x".repeat(1001)]) {
      await expectTRPCError(callerFor(t.db, mate).feed.addComment({ clubId: club.id, checkinId: saved.id, body }), "BAD_REQUEST", "body");
    }
    expect(await t.db.select().from(comments).where(eq(comments.clubId, club.id))).toEqual([]);
  });

  it("rate-limits comments per person", async () => {
    const { club, author, mate } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(base({ visibility: "clubs", clubIds: [club.id] }));
    const m = callerFor(t.db, mate).feed;
    for (let i = 0; i < 30; i++) await m.addComment({ clubId: club.id, checkinId: saved.id, body: `c${i}` });
    await expectTRPCError(m.addComment({ clubId: club.id, checkinId: saved.id, body: "one too many" }), "TOO_MANY_REQUESTS");
    const page1 = await m.comments({ clubId: club.id, checkinId: saved.id, limit: 20 });
    const page2 = await m.comments({ clubId: club.id, checkinId: saved.id, limit: 20, cursor: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((c) => c.body)).toEqual(Array.from({ length: 30 }, (_, i) => `c${i}`));
    // A tampered cursor, or one of the old "time|id" shape, is refused at its field (what a cursor may hold: keyset.test.ts).
    const real = page1.nextCursor!;
    for (const cursor of [real.slice(1), real.slice(0, -4), Buffer.from(`2026-02-30T10:00:00.000000Z|${saved.id}`).toString("base64url")]) {
      await expectTRPCError(m.list({ clubId: club.id, cursor }), "BAD_REQUEST", "cursor");
      await expectTRPCError(m.comments({ clubId: club.id, checkinId: saved.id, cursor }), "BAD_REQUEST", "cursor");
    }
    for (const cursor of ["bogus"]) {
      await expectTRPCError(m.comments({ clubId: club.id, checkinId: saved.id, cursor }), "BAD_REQUEST", "cursor");
    }
  });
});

describe("you're not alone banner", () => {
  // A zone far from UTC, so "today" is the club's own day, not the server's.
  const zone = "Pacific/Auckland";
  async function bannerClub() {
    const owner = await makeUser(t.db, { timeZone: zone });
    const slug = `club-${crypto.randomUUID().slice(0, 8)}`;
    const [club] = await t.db.insert(clubs).values({ slug, name: slug, timeZone: zone }).returning();
    await t.db.insert(clubMembers).values({ clubId: club!.id, userId: owner.id, role: "owner" });
    const runners = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const user = await makeUser(t.db, { timeZone: zone });
        await t.db.insert(clubMembers).values({ clubId: club!.id, userId: user.id, role: "member" });
        return user;
      }),
    );
    const slumpOn = (i: number, date: string, visibility: "clubs" | "coaches" = "clubs") =>
      callerFor(t.db, runners[i]!).checkins.save(base({ ...slump, date, visibility, clubIds: visibility === "clubs" ? [club!.id] : [] }));
    return { club: club!, owner, runners, slumpOn };
  }

  it("shows the count only once 3 or more members reported a slump in the last 7 days in this club", async () => {
    const { club, owner, runners, slumpOn } = await bannerClub();
    const today = todayIn(zone);
    const banner = () => callerFor(t.db, owner).feed.banner({ clubId: club.id });

    await slumpOn(0, today);
    // The 7th day counting today is still in the window.
    await slumpOn(1, addDays(today, -6));
    // Slumps not shared with the club, good days, and one member's second slump don't count.
    await slumpOn(2, today, "coaches");
    await callerFor(t.db, runners[3]!).checkins.save(base({ date: today, visibility: "clubs", clubIds: [club.id] }));
    await slumpOn(0, addDays(today, -1));
    // A slump 7 days ago is outside the window.
    await slumpOn(4, addDays(today, -7));
    expect(await banner()).toMatchObject({ show: false, count: null, days: 7, from: addDays(today, -6) });

    await slumpOn(2, addDays(today, -3));
    expect(await banner()).toMatchObject({ show: true, count: 3 });

    // A member who left no longer counts.
    await t.db.update(clubMembers).set({ status: "removed" }).where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, runners[1]!.id)));
    expect(await banner()).toMatchObject({ show: false, count: null });
  });

  it("is a rolling window: just after midnight on a Monday it still counts the week before", async () => {
    const { club, slumpOn } = await bannerClub();
    // The latest Monday, at 00:20 in the club's zone.
    const monday = weekStart(todayIn(zone));
    const [y, m, d] = monday.split("-").map(Number) as [number, number, number];
    const mondayAt0020 = new Date(new TZDate(y, m - 1, d, 0, 20, 0, zone).getTime());
    expect(todayIn(zone, mondayAt0020)).toBe(monday);

    await slumpOn(0, addDays(monday, -6)); // the Tuesday before
    await slumpOn(1, addDays(monday, -2)); // Saturday
    await slumpOn(2, monday);
    await slumpOn(3, addDays(monday, -7)); // the Monday before: out
    expect(await getSlumpBanner(t.db, club, mondayAt0020)).toMatchObject({ show: true, count: 3, from: addDays(monday, -6) });
    // A day later the Tuesday drops out.
    const tuesday = new Date(mondayAt0020.getTime() + 86_400_000);
    expect(await getSlumpBanner(t.db, club, tuesday)).toMatchObject({ show: false, count: null });
  });
});
