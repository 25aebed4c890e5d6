import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { blockDays, clubMembers, liveEvents } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { LIVE_EVENT_RETENTION_MS, publishLive } from "@/server/domain/live/publish-live";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { liveHubFor } from "@/server/live/hub";
import { readStream, type Received } from "@/server/live/testing/read-stream";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
type User = Awaited<ReturnType<typeof makeUser>>;
let owner: User, coach: User, ria: User, sam: User, outsider: User, otherCoach: User;
let clubId: string, otherClubId: string;

// Every stream a test opens is closed after it, even when an assertion failed.
const open: { close: () => Promise<void> }[] = [];
async function clubStream(user: User, lastEventId?: string, club = clubId) {
  const stream = readStream(await callerFor(t.db, user).live.club({ clubId: club, lastEventId }));
  open.push(stream);
  return stream;
}
async function mineStream(user: User, lastEventId?: string) {
  const stream = readStream(await callerFor(t.db, user).live.mine({ lastEventId }));
  open.push(stream);
  return stream;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A club-wide event nobody's test is about: whoever gets it has been sent everything published before it. */
async function sentinel(club = clubId) {
  const refId = crypto.randomUUID();
  await publishLive(t.db, [{ kind: "rsvp", audience: "club", clubId: club, refId }]);
  return (e: Received) => e.refId === refId;
}

async function sharedCheckin(author: User, over: Parameters<typeof checkinInput>[0] = {}) {
  return callerFor(t.db, author).checkins.save(checkinInput({ visibility: "clubs", clubIds: [clubId], ...over }));
}

beforeAll(async () => {
  await ensureBuiltInTemplates(t.db);
  [owner, coach, ria, sam, outsider, otherCoach] = await Promise.all([
    makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db),
  ]);
  const club = await makeClub(t.db, [
    { userId: owner.id, role: "owner" }, { userId: coach.id, role: "coach" }, { userId: ria.id }, { userId: sam.id },
  ]);
  const other = await makeClub(t.db, [{ userId: otherCoach.id, role: "owner" }]);
  clubId = club.id;
  otherClubId = other.id;
  // Listening before the first stream opens, so its first events can't race the listen.
  expect(await liveHubFor(t.db).ready(5_000)).toBe(true);
});

describe("live.club", () => {
  it("brings a clubmate's shared check-in, comment and reaction to the club stream, ids and kinds only", async () => {
    const samSees = await clubStream(sam);
    const checkin = await sharedCheckin(ria, { note: "Heavy legs today" });
    const [shared] = (await samSees.until((e) => e.kind === "checkin")).slice(-1);
    expect(shared).toEqual({ id: expect.stringMatching(/^\d+$/), kind: "checkin", clubId, userId: ria.id, refId: checkin.id });

    await callerFor(t.db, owner).feed.addComment({ clubId, checkinId: checkin.id, body: "You've got this" });
    const comment = (await samSees.until((e) => e.kind === "comment")).at(-1)!;
    expect(comment).toMatchObject({ kind: "comment", clubId, refId: checkin.id, userId: owner.id });

    await callerFor(t.db, owner).feed.react({ clubId, checkinId: checkin.id, kind: "cheer" });
    const reaction = (await samSees.until((e) => e.kind === "reaction")).at(-1)!;
    expect(reaction).toMatchObject({ kind: "reaction", clubId, refId: checkin.id });
    expect(Number(reaction.id)).toBeGreaterThan(Number(comment.id));
    // Nothing of the check-in itself travels: no note, no verdict.
    expect(JSON.stringify(reaction)).not.toContain("Heavy legs");
  });

  it("sends a coach-only share and a marked day to the club's staff and not to a plain member", async () => {
    const lee = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId, userId: lee.id });
    const coachSees = await clubStream(coach);
    const samSees = await clubStream(sam);
    const checkin = await callerFor(t.db, lee).checkins.save(checkinInput({ visibility: "coaches" }));
    const { created } = await callerFor(t.db, coach).blocks.assign({
      clubId, athleteIds: [lee.id], template: "down-week", startDate: todayIn("UTC"), note: "", reason: "",
    });
    const [day] = await t.db
      .select({ id: blockDays.id })
      .from(blockDays)
      .where(and(eq(blockDays.blockId, created[0]!.blockId), eq(blockDays.date, todayIn(lee.timeZone))));
    await callerFor(t.db, lee).blocks.markDay({ dayId: day!.id, status: "done", note: "" });
    const last = await sentinel();

    const coachGot = await coachSees.until(last);
    expect(coachGot).toContainEqual(expect.objectContaining({ kind: "checkin", userId: lee.id, refId: checkin.id }));
    expect(coachGot).toContainEqual(expect.objectContaining({ kind: "block", userId: lee.id, refId: created[0]!.blockId }));
    expect(coachGot).toContainEqual(expect.objectContaining({ kind: "day", userId: lee.id, refId: created[0]!.blockId }));
    const samGot = await samSees.until(last);
    expect(samGot.filter((e) => ["checkin", "block", "day"].includes(e.kind))).toEqual([]);
  });

  it("tells the club when a shared check-in is made private or deleted, so its feed drops it", async () => {
    const kim = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId, userId: kim.id });
    const checkin = await callerFor(t.db, kim).checkins.save(checkinInput({ visibility: "clubs", clubIds: [clubId] }));
    const samSees = await clubStream(sam);
    await callerFor(t.db, kim).checkins.save(checkinInput({ visibility: "private" }));
    expect((await samSees.until((e) => e.kind === "checkin")).at(-1)).toMatchObject({ refId: checkin.id, userId: kim.id });
    await callerFor(t.db, kim).checkins.save(checkinInput({ visibility: "clubs", clubIds: [clubId] }));
    await samSees.until((e) => e.kind === "checkin");
    await callerFor(t.db, kim).checkins.delete({ id: checkin.id });
    expect((await samSees.until((e) => e.kind === "checkin")).at(-1)).toMatchObject({ refId: checkin.id });
  });

  it("tells nobody about a check-in that was and stays private", async () => {
    const coachSees = await clubStream(coach);
    await callerFor(t.db, sam).checkins.save(checkinInput({ visibility: "private" }));
    const got = await coachSees.until(await sentinel());
    expect(got.filter((e) => e.kind === "checkin")).toEqual([]);
  });

  it("is refused to a signed-out caller and to another club's member, who never hear its events", async () => {
    await expectTRPCError(callerFor(t.db, null).live.club({ clubId }), "UNAUTHORIZED");
    // A private club doesn't admit it exists.
    await expectTRPCError(callerFor(t.db, otherCoach).live.club({ clubId }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, outsider).live.club({ clubId }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, ria).live.club({ clubId: "not-a-uuid" }), "BAD_REQUEST");

    const otherSees = await clubStream(otherCoach, undefined, otherClubId);
    await sharedCheckin(sam);
    const got = await otherSees.until(await sentinel(otherClubId));
    expect(got.every((e) => e.clubId === otherClubId)).toBe(true);
  });

  it("replays exactly the events missed since the last event id, then goes on live", async () => {
    const before = await clubStream(sam);
    await sharedCheckin(ria);
    const seen = (await before.until((e) => e.kind === "checkin")).at(-1)!;
    await before.close();

    const checkin = await sharedCheckin(ria, { mood: 2 });
    await callerFor(t.db, owner).feed.react({ clubId, checkinId: checkin.id, kind: "been_there" });
    // What Sam, a plain member, may get: the club-wide events (staff ones, like Ria's earlier coach-only share turning
    // public, are not his).
    const missed = await t.db.select({ id: liveEvents.id }).from(liveEvents).where(and(eq(liveEvents.clubId, clubId), eq(liveEvents.audience, "club")));
    const expected = missed.map((r) => String(r.id)).filter((id) => Number(id) > Number(seen.id));

    const after = await clubStream(sam, seen.id);
    const replayed = await after.until((e) => e.kind === "reaction");
    expect(replayed.map((e) => e.id)).toEqual(expected);
    expect(replayed.map((e) => e.kind)).toEqual(["checkin", "reaction"]);
    // And then live, with no repeat of what was replayed.
    const next = await sentinel();
    expect(await after.until(next)).toHaveLength(1);
  });

  it("publishes nothing for a write that rolled back", async () => {
    const coachSees = await clubStream(coach);
    const refId = crypto.randomUUID();
    await expect(
      t.db.transaction(async (tx) => {
        await publishLive(tx, [{ kind: "comment", audience: "club", clubId, refId }]);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    const got = await coachSees.until(await sentinel());
    expect(got.filter((e) => e.refId === refId)).toEqual([]);
    expect(await t.db.select().from(liveEvents).where(eq(liveEvents.refId, refId))).toEqual([]);
  });

  it("ends the stream of a member who leaves, and of one who is removed", async () => {
    const [leaver, removed] = await Promise.all([makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: owner.id, role: "owner" }, { userId: leaver.id }, { userId: removed.id }]);
    const leaverSees = await clubStream(leaver, undefined, club.id);
    const removedSees = await clubStream(removed, undefined, club.id);
    const ownerSees = await clubStream(owner, undefined, club.id);

    await callerFor(t.db, leaver).clubs.leave({ clubId: club.id });
    await callerFor(t.db, owner).clubs.removeMember({ clubId: club.id, userId: removed.id });

    expect(await leaverSees.next(3_000)).toBe("ended");
    expect(await removedSees.next(3_000)).toBe("ended");
    // The owner's stream goes on, having heard of both.
    const ownerGot = await ownerSees.until(await sentinel(club.id));
    expect(ownerGot.filter((e) => e.kind === "membership").map((e) => e.userId).sort()).toEqual([leaver.id, removed.id].sort());
    // And they can't open it again.
    await expectTRPCError(callerFor(t.db, removed).live.club({ clubId: club.id }), "NOT_FOUND");
  });

  it("keeps a member's stream when only their role changes, and from then on sends them staff events", async () => {
    const club = await makeClub(t.db, [{ userId: owner.id, role: "owner" }, { userId: sam.id }, { userId: ria.id }]);
    const samSees = await clubStream(sam, undefined, club.id);
    await callerFor(t.db, owner).clubs.changeRole({ clubId: club.id, userId: sam.id, role: "coach" });
    await publishLive(t.db, [{ kind: "join_request", audience: "staff", clubId: club.id, userId: outsider.id }]);
    const got = await samSees.until((e) => e.kind === "join_request");
    expect(got.map((e) => e.kind)).toEqual(["membership", "join_request"]);
  });
});

describe("stored events", () => {
  it("are pruned by later publishes once older than the retention, a few per write", async () => {
    await t.db.delete(liveEvents);
    const long = new Date(Date.now() - LIVE_EVENT_RETENTION_MS - 60_000);
    await publishLive(t.db, Array.from({ length: 25 }, () => ({ kind: "rsvp" as const, audience: "club" as const, clubId })), long);
    await publishLive(t.db, [{ kind: "rsvp", audience: "club", clubId }]);
    // 20 at a time, so a write never does unbounded work; the next write takes the rest.
    expect(await t.db.$count(liveEvents)).toBe(25 - 20 + 1);
    await publishLive(t.db, [{ kind: "rsvp", audience: "club", clubId }]);
    expect(await t.db.$count(liveEvents)).toBe(2);
  });
});

describe("live.mine", () => {
  it("brings the caller's notifications and block changes, and nobody else's", async () => {
    const riaHears = await mineStream(ria);
    const samHears = await mineStream(sam);
    const checkin = await sharedCheckin(ria);
    await callerFor(t.db, sam).feed.addComment({ clubId, checkinId: checkin.id, body: "Proud of you" });
    const got = await riaHears.until((e) => e.kind === "notification");
    expect(got.at(-1)).toMatchObject({ kind: "notification", userId: ria.id, clubId: null, refId: expect.any(String) });

    await callerFor(t.db, coach).blocks.assign({
      clubId, athleteIds: [ria.id], template: "slump-reset", startDate: todayIn("UTC"), note: "", reason: "", onExisting: "replace",
    });
    expect((await riaHears.until((e) => e.kind === "block")).at(-1)).toMatchObject({ kind: "block", userId: ria.id, clubId });
    // Sam commented; the notification and the block are Ria's alone.
    expect((await samHears.drain(300)).filter((e) => e.userId !== sam.id)).toEqual([]);
  });

  it("replays the caller's missed notifications from the last event id", async () => {
    const first = await mineStream(ria);
    const checkin = await sharedCheckin(ria);
    await callerFor(t.db, owner).feed.react({ clubId, checkinId: checkin.id, kind: "got_this" });
    const seen = (await first.until((e) => e.kind === "notification")).at(-1)!;
    await first.close();
    await callerFor(t.db, sam).feed.addComment({ clubId, checkinId: checkin.id, body: "Same here" });
    const again = await mineStream(ria, seen.id);
    const [replayed] = await again.until((e) => e.kind === "notification");
    expect(Number(replayed!.id)).toBeGreaterThan(Number(seen.id));
  });

  it("is refused to a signed-out caller", async () => {
    await expectTRPCError(callerFor(t.db, null).live.mine(), "UNAUTHORIZED");
  });
});
