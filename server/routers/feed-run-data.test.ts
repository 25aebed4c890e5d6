import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkins, clubMembers, trainingSessions } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// The run a check-in logged, as the club feed shows it: distance, time and pace for clubmates, nothing else.
const t = setupTestDb();
const today = () => todayIn("UTC");

async function member(clubId: string, over: Parameters<typeof makeUser>[1] = {}, role: "member" | "coach" = "member") {
  const user = await makeUser(t.db, over);
  await t.db.insert(clubMembers).values({ clubId, userId: user.id, role });
  return user;
}

async function setup() {
  const owner = await makeUser(t.db);
  const club = await makeClub(t.db, [{ userId: owner.id, role: "owner" }], { privacy: "public", joinPolicy: "open" });
  const otherOwner = await makeUser(t.db);
  const otherClub = await makeClub(t.db, [{ userId: otherOwner.id, role: "owner" }], { privacy: "public", joinPolicy: "open" });
  const author = await member(club.id);
  await t.db.insert(clubMembers).values({ clubId: otherClub.id, userId: author.id });
  const mate = await member(club.id, { distanceUnit: "mi" });
  const coach = await member(club.id, {}, "coach");
  return { club, otherClub, otherOwner, author, mate, coach };
}

/** A 10 km easy run in 50 minutes, logged with a club-shared check-in; the author runs in km. */
const sharedRun = (clubId: string, over: Partial<Parameters<typeof checkinInput>[0]> = {}) =>
  checkinInput({ visibility: "clubs", clubIds: [clubId], session: { type: "easy", durationMin: 50, distance: 10, rpe: 4 }, ...over });

/** Every key and every number anywhere in a payload. */
function walk(value: unknown, found: { keys: string[]; numbers: number[] } = { keys: [], numbers: [] }) {
  if (typeof value === "number") found.numbers.push(value);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      found.keys.push(k);
      walk(v, found);
    }
  }
  return found;
}

describe("run data in the feed", () => {
  it("shows clubmates the shared post's distance, time and pace, with the viewer's own unit", async () => {
    const { club, author, mate } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(sharedRun(club.id));
    const page = await callerFor(t.db, mate).feed.list({ clubId: club.id });
    expect(page.items.map((i) => i.checkinId)).toEqual([saved.id]);
    expect(page.items[0]!.run).toEqual({ distanceM: 10_000, seconds: 3000, timeKind: "elapsed", secPerKm: 300 });
    // The mate reads in miles; the author's own page in km.
    expect(page.unit).toBe("mi");
    expect((await callerFor(t.db, author).feed.list({ clubId: club.id })).unit).toBe("km");
  });

  it("uses the moving time when the session has one, and leaves heart rate and every other health field out", async () => {
    const { club, author, mate } = await setup();
    const saved = await callerFor(t.db, author).checkins.save(sharedRun(club.id, { restingHr: 47, note: "Felt smooth" }));
    const [row] = await t.db.select({ sessionId: checkins.sessionId }).from(checkins).where(eq(checkins.id, saved.id));
    // As if a watch file filled the session in: heart rates and climb must stay in the runner's own log.
    await t.db.update(trainingSessions).set({ movingSec: 2880, avgHr: 153, maxHr: 181, elevationGainM: 97 }).where(eq(trainingSessions.id, row!.sessionId!));
    const item = (await callerFor(t.db, mate).feed.list({ clubId: club.id })).items[0]!;
    expect(item.run).toEqual({ distanceM: 10_000, seconds: 2880, timeKind: "moving", secPerKm: 288 });
    expect(Object.keys(item).sort()).toEqual(
      ["author", "burnoutFlag", "checkinId", "commentCount", "date", "edited", "isMine", "note", "reactions", "reasons", "run", "sharedAt", "verdict"].sort(),
    );
    const { keys, numbers } = walk(item);
    expect(keys.filter((k) => /hr|heart|rpe|load|mood|energy|sleep|soreness|stress|wellness|elevation|resting/i.test(k))).toEqual([]);
    for (const health of [153, 181, 97, 47]) expect(numbers).not.toContain(health);
  });

  it("has no run for a check-in without a session, and no pace for one without a distance", async () => {
    const { club, author, mate } = await setup();
    const api = callerFor(t.db, author);
    await api.checkins.save(checkinInput({ date: addDays(today(), -1), visibility: "clubs", clubIds: [club.id] }));
    await api.checkins.save(sharedRun(club.id, { session: { type: "strength", durationMin: 40, distance: null } }));
    const items = (await callerFor(t.db, mate).feed.list({ clubId: club.id })).items;
    expect(items.map((i) => i.run)).toEqual([{ distanceM: null, seconds: 2400, timeKind: "elapsed", secPerKm: null }, null]);
  });

  it("never shows the run outside the clubs the post was shared with, to signed-out callers, or from a coaches-only check-in", async () => {
    const { club, otherClub, otherOwner, author, coach } = await setup();
    const api = callerFor(t.db, author);
    await api.checkins.save(sharedRun(club.id));
    await api.checkins.save(sharedRun(club.id, { date: addDays(today(), -1), visibility: "coaches", clubIds: [] }));
    // The author is in the other club too, but shared with the first only.
    expect((await callerFor(t.db, otherOwner).feed.list({ clubId: otherClub.id })).items).toEqual([]);
    await expectTRPCError(callerFor(t.db, otherOwner).feed.list({ clubId: club.id }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, null).feed.list({ clubId: club.id }), "UNAUTHORIZED");
    // The coach sees the coaches-only check-in elsewhere, never in the feed.
    const feed = await callerFor(t.db, coach).feed.list({ clubId: club.id });
    expect(feed.items.map((i) => i.date)).toEqual([today()]);
  });

  it("follows the check-in when the runner edits the session or takes it off", async () => {
    const { club, author, mate } = await setup();
    const api = callerFor(t.db, author);
    await api.checkins.save(sharedRun(club.id));
    await api.checkins.save(sharedRun(club.id, { session: { type: "long", durationMin: 120, distance: 21.1 } }));
    const read = async () => (await callerFor(t.db, mate).feed.list({ clubId: club.id })).items[0]!.run;
    expect(await read()).toEqual({ distanceM: 21_100, seconds: 7200, timeKind: "elapsed", secPerKm: 341 });
    await api.checkins.save(sharedRun(club.id, { session: null }));
    expect(await read()).toBeNull();
  });
});
