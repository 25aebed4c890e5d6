// Issue 20: the private thread between an athlete and one club's coaches on a check-in those coaches may see.
// Who reads and writes each thread, through the real procedures, for every kind of caller.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clubMembers, coachThreads, notifications } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub, makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
const api = (u: { id: string } | null) => callerFor(t.db, u);

/** A cast whose member posts a coaches-only slump, plus a clubmate who is an ordinary member. */
async function slumpForCoaches(visibility: "coaches" | "clubs" = "coaches") {
  const cast = await makeClubCast(t.db);
  const clubId = cast.club.id;
  const clubmate = await makeUser(t.db, { name: "Cara Clubmate" });
  await t.db.insert(clubMembers).values({ clubId, userId: clubmate.id, role: "member" });
  const checkin = await api(cast.member).checkins.save(
    checkinInput({ note: "Slept nine hours and still woke up wrecked", visibility, clubIds: visibility === "clubs" ? [clubId] : [] }),
  );
  return { cast, clubId, clubmate, checkinId: checkin.id, ref: { checkinId: checkin.id, clubId } };
}

async function thread(checkinId: string, clubId: string) {
  const [row] = await t.db.select().from(coachThreads).where(and(eq(coachThreads.checkinId, checkinId), eq(coachThreads.clubId, clubId)));
  return row;
}

describe("who reads and writes a thread", () => {
  it("the athlete and the club's coaches talk; nobody else reads or writes, clubmates included", async () => {
    const { cast, clubmate, ref } = await slumpForCoaches();
    const first = await api(cast.coach).threads.post({ ...ref, body: "That sounds rough. How are the legs?" });
    await api(cast.member).threads.post({ ...ref, body: "Heavy from the first step." });
    await api(cast.owner).threads.post({ ...ref, body: "Let's take this week easy." });

    for (const who of [cast.member, cast.coach, cast.owner]) {
      const page = await api(who).threads.messages(ref);
      expect(page.items.map((m) => m.body)).toEqual(["That sounds rough. How are the legs?", "Heavy from the first step.", "Let's take this week easy."]);
      expect(page.open).toBe(true);
    }
    const asAthlete = await api(cast.member).threads.messages(ref);
    expect(asAthlete.items.map((m) => [m.fromCoach, m.mine])).toEqual([[true, false], [false, true], [true, false]]);

    for (const outsider of [clubmate, cast.stranger, cast.pending, cast.otherCoach, cast.otherOwner, cast.formerMember, cast.formerCoach]) {
      await expectTRPCError(api(outsider).threads.messages(ref), "NOT_FOUND");
      await expectTRPCError(api(outsider).threads.post({ ...ref, body: "Hi" }), "NOT_FOUND");
      await expectTRPCError(api(outsider).threads.edit({ messageId: first.id, body: "Changed" }), "NOT_FOUND");
      await expectTRPCError(api(outsider).threads.delete({ messageId: first.id }), "NOT_FOUND");
      expect(await api(outsider).threads.forCheckin({ checkinId: ref.checkinId })).toEqual([]);
    }
    await expectTRPCError(api(null).threads.messages(ref), "UNAUTHORIZED");
    await expectTRPCError(api(null).threads.post({ ...ref, body: "Hi" }), "UNAUTHORIZED");
    expect((await api(cast.member).threads.messages(ref)).items).toHaveLength(3);
  });

  it("a check-in in the club feed keeps its thread from clubmates, who still see the feed and its public comments", async () => {
    const { cast, clubmate, ref } = await slumpForCoaches("clubs");
    await api(cast.coach).threads.post({ ...ref, body: "Private word: rest tomorrow." });
    const feed = await api(clubmate).feed.list({ clubId: ref.clubId });
    expect(feed.items.map((i) => i.checkinId)).toContain(ref.checkinId);
    await api(clubmate).feed.addComment({ ...ref, body: "Hang in there!" });
    await expectTRPCError(api(clubmate).threads.messages(ref), "NOT_FOUND");
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body)).toEqual(["Private word: rest tomorrow."]);
  });

  it("one thread per club: a coach of the athlete's other club reads only that club's thread", async () => {
    const { cast, ref } = await slumpForCoaches();
    const second = await makeClub(t.db, [{ userId: cast.otherCoach.id, role: "coach" }, { userId: cast.member.id, role: "member" }]);
    const other = { checkinId: ref.checkinId, clubId: second.id };
    await api(cast.coach).threads.post({ ...ref, body: "From the first club" });
    await api(cast.otherCoach).threads.post({ ...other, body: "From the second club" });
    expect((await api(cast.otherCoach).threads.messages(other)).items.map((m) => m.body)).toEqual(["From the second club"]);
    await expectTRPCError(api(cast.otherCoach).threads.messages(ref), "NOT_FOUND");
    await expectTRPCError(api(cast.coach).threads.messages(other), "NOT_FOUND");
    const mine = await api(cast.member).threads.forCheckin({ checkinId: ref.checkinId });
    expect(mine.map((x) => x.club.id).sort()).toEqual([ref.clubId, second.id].sort());
    expect((await api(cast.otherCoach).threads.forCheckin({ checkinId: ref.checkinId })).map((x) => x.club.id)).toEqual([second.id]);
  });

  it("a private check-in has no thread, not even for its author", async () => {
    const { cast, clubId } = await slumpForCoaches();
    const mine = await api(cast.member).checkins.save(checkinInput({ date: todayIn("UTC"), visibility: "private", note: "Just for me" }));
    const ref = { checkinId: mine.id, clubId };
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
    await expectTRPCError(api(cast.member).threads.post({ ...ref, body: "Hello?" }), "NOT_FOUND");
    expect(await api(cast.member).threads.forCheckin({ checkinId: mine.id })).toEqual([]);
  });
});

describe("writing", () => {
  it("creates the thread on the first message, keeps its summary, and writes once per idempotency key", async () => {
    const { cast, ref } = await slumpForCoaches();
    expect(await thread(ref.checkinId, ref.clubId)).toBeUndefined();
    const idempotencyKey = crypto.randomUUID();
    const a = await api(cast.coach).threads.post({ ...ref, body: "Here for you.", idempotencyKey });
    const b = await api(cast.coach).threads.post({ ...ref, body: "Here for you.", idempotencyKey });
    expect(b.id).toBe(a.id);
    const row = await thread(ref.checkinId, ref.clubId);
    expect(row).toMatchObject({ messageCount: 1, lastCoachReplyById: cast.coach.id, athleteId: cast.member.id });
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, cast.member.id), eq(notifications.kind, "thread.coach_replied")));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ title: `${cast.coach.name} replied to your check-in`, body: "Here for you.", href: `/checkins/${ref.checkinId}#thread-${ref.clubId}` });

    await api(cast.member).threads.post({ ...ref, body: "Thanks, coach." });
    expect(await thread(ref.checkinId, ref.clubId)).toMatchObject({ messageCount: 2, lastCoachReplyById: cast.coach.id });
    const answered = await t.db.select().from(notifications).where(and(eq(notifications.userId, cast.coach.id), eq(notifications.kind, "thread.athlete_replied")));
    expect(answered.map((n) => n.body)).toEqual(["Thanks, coach."]);
  });

  it("two first messages at once make one thread holding both", async () => {
    const { cast, ref } = await slumpForCoaches();
    await Promise.all([
      api(cast.coach).threads.post({ ...ref, body: "From the coach" }),
      api(cast.owner).threads.post({ ...ref, body: "From the owner" }),
      api(cast.member).threads.post({ ...ref, body: "From me" }),
    ]);
    const rows = await t.db.select().from(coachThreads).where(eq(coachThreads.checkinId, ref.checkinId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.messageCount).toBe(3);
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body).sort()).toEqual(["From me", "From the coach", "From the owner"]);
  });

  it("refuses an empty or too long message at its field and writes nothing", async () => {
    const { cast, ref } = await slumpForCoaches();
    await expectTRPCError(api(cast.coach).threads.post({ ...ref, body: "   " }), "BAD_REQUEST", "body");
    await expectTRPCError(api(cast.coach).threads.post({ ...ref, body: "x".repeat(1001) }), "BAD_REQUEST", "body");
    await expectTRPCError(api(cast.coach).threads.post({ ...ref, checkinId: "not-a-uuid", body: "Hi" }), "BAD_REQUEST", "checkinId");
    expect(await thread(ref.checkinId, ref.clubId)).toBeUndefined();
  });

  it("each side edits and deletes only their own messages, and deleting the last coach reply makes it unanswered again", async () => {
    const { cast, ref } = await slumpForCoaches();
    const fromCoach = await api(cast.coach).threads.post({ ...ref, body: "Easy run tomorrow?" });
    const fromAthlete = await api(cast.member).threads.post({ ...ref, body: "Maybe a walk." });
    await expectTRPCError(api(cast.member).threads.edit({ messageId: fromCoach.id, body: "Rest!" }), "FORBIDDEN");
    await expectTRPCError(api(cast.owner).threads.delete({ messageId: fromAthlete.id }), "FORBIDDEN");
    await expectTRPCError(api(cast.coach).threads.edit({ messageId: fromCoach.id, body: "" }), "BAD_REQUEST", "body");
    await api(cast.coach).threads.edit({ messageId: fromCoach.id, body: "Easy 20 minutes tomorrow?" });
    await api(cast.member).threads.edit({ messageId: fromAthlete.id, body: "A walk, I think." });
    const page = await api(cast.member).threads.messages(ref);
    expect(page.items.map((m) => [m.body, m.edited])).toEqual([["Easy 20 minutes tomorrow?", expect.any(Boolean)], ["A walk, I think.", expect.any(Boolean)]]);

    await api(cast.coach).threads.delete({ messageId: fromCoach.id });
    expect(await thread(ref.checkinId, ref.clubId)).toMatchObject({ messageCount: 1, lastCoachReplyAt: null, lastCoachReplyById: null });
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body)).toEqual(["A walk, I think."]);
  });

  it("pages oldest first with a cursor", async () => {
    const { cast, ref } = await slumpForCoaches();
    for (const n of [1, 2, 3]) await api(cast.coach).threads.post({ ...ref, body: `Note ${n}` });
    const first = await api(cast.member).threads.messages({ ...ref, limit: 2 });
    const second = await api(cast.member).threads.messages({ ...ref, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((m) => m.body)).toEqual(["Note 1", "Note 2", "Note 3"]);
    expect(second.nextCursor).toBeNull();
    await expectTRPCError(api(cast.member).threads.messages({ ...ref, cursor: "bm90LWEtY3Vyc29y" }), "BAD_REQUEST", "cursor");
  });
});

describe("leaving ends a club's access; the messages stay with the athlete", () => {
  it("the athlete leaves: the coaches lose the thread, the athlete still reads it but can't write there", async () => {
    const { cast, ref } = await slumpForCoaches();
    const reply = await api(cast.coach).threads.post({ ...ref, body: "Take two days off." });
    const mine = await api(cast.member).threads.post({ ...ref, body: "Will do." });
    await api(cast.member).clubs.leave({ clubId: ref.clubId });
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
    await expectTRPCError(api(cast.coach).threads.edit({ messageId: reply.id, body: "Three days" }), "NOT_FOUND");
    const kept = await api(cast.member).threads.messages(ref);
    expect(kept.items.map((m) => m.body)).toEqual(["Take two days off.", "Will do."]);
    expect(kept.open).toBe(false);
    await expectTRPCError(api(cast.member).threads.post({ ...ref, body: "Anyone?" }), "FORBIDDEN");
    await api(cast.member).threads.delete({ messageId: mine.id });
    expect((await api(cast.member).threads.forCheckin({ checkinId: ref.checkinId })).map((x) => x.open)).toEqual([false]);
  });

  it("an athlete removed from the club: the same, the thread closes to its coaches and stays with the athlete", async () => {
    const { cast, ref } = await slumpForCoaches();
    await api(cast.coach).threads.post({ ...ref, body: "Let's talk on Thursday." });
    await api(cast.owner).clubs.removeMember({ clubId: ref.clubId, userId: cast.member.id });
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
    await expectTRPCError(api(cast.owner).threads.post({ ...ref, body: "Still there?" }), "NOT_FOUND");
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body)).toEqual(["Let's talk on Thursday."]);
  });

  it("a coach who leaves, or loses the coach role, no longer reads or writes there", async () => {
    const { cast, ref } = await slumpForCoaches();
    await api(cast.coach).threads.post({ ...ref, body: "Checking in." });
    await api(cast.owner).clubs.changeRole({ clubId: ref.clubId, userId: cast.coach.id, role: "member" });
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
    await expectTRPCError(api(cast.coach).threads.post({ ...ref, body: "Still here" }), "NOT_FOUND");
    await api(cast.coach).clubs.leave({ clubId: ref.clubId });
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body)).toEqual(["Checking in."]);
  });
});
