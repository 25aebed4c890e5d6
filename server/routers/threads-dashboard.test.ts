// Issue 20: the coach knows who is waiting. Each dashboard row says whether the athlete's latest check-in shared with
// the club's coaches has a coach reply, and by whom; "flagged and unanswered" narrows the list to those still waiting.
import { describe, expect, it } from "vitest";
import { clubMembers } from "@/db/schema";
import { addDays } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
const api = (u: { id: string } | null) => callerFor(t.db, u);
const SLUMP = { mood: 1, energy: 1, motivation: 1, sleepQuality: 1, soreness: 6, stress: 6, legs: "heavy" as const, easyEffortHarder: true };

async function clubWithSlump() {
  const cast = await makeClubCast(t.db);
  const clubId = cast.club.id;
  const fine = await makeUser(t.db, { name: "Fiona Fine" });
  await t.db.insert(clubMembers).values({ clubId, userId: fine.id, role: "member" });
  const slump = await api(cast.member).checkins.save(checkinInput({ ...SLUMP, note: "Wrecked", visibility: "coaches" }));
  await api(fine).checkins.save(checkinInput({ mood: 6, energy: 6, motivation: 6, legs: "responsive", visibility: "coaches" }));
  return { cast, clubId, fine, ref: { checkinId: slump.id, clubId } };
}

async function rowOf(coach: { id: string }, clubId: string, athleteId: string, filter?: "all" | "flagged_unanswered") {
  const page = await api(coach).dashboard.athletes({ clubId, filter });
  return { row: page.rows.find((r) => r.athleteId === athleteId), ids: page.rows.map((r) => r.athleteId), total: page.total };
}

describe("the dashboard's thread status", () => {
  it("unanswered until a coach replies, then 'replied by' that coach; the athlete's answer shows as waiting again", async () => {
    const { cast, clubId, ref } = await clubWithSlump();
    const before = await rowOf(cast.owner, clubId, cast.member.id);
    expect(before.row?.latestCheckinId).toBe(ref.checkinId);
    expect(before.row?.thread).toEqual({ answered: false, repliedBy: null, repliedAt: null, athleteWroteSince: false });

    await api(cast.coach).threads.post({ ...ref, body: "I'm here. Rest tomorrow." });
    const replied = await rowOf(cast.owner, clubId, cast.member.id);
    expect(replied.row?.thread).toMatchObject({ answered: true, repliedBy: cast.coach.name, athleteWroteSince: false });

    await api(cast.member).threads.post({ ...ref, body: "Thanks. Still flat." });
    expect((await rowOf(cast.owner, clubId, cast.member.id)).row?.thread).toMatchObject({ answered: true, repliedBy: cast.coach.name, athleteWroteSince: true });
  });

  it("'flagged and unanswered' keeps only flagged athletes nobody has answered, with its own total", async () => {
    const { cast, clubId, fine, ref } = await clubWithSlump();
    const all = await rowOf(cast.coach, clubId, cast.member.id, "all");
    expect(all.ids).toEqual(expect.arrayContaining([cast.member.id, fine.id]));
    expect(["reset", "hold_back"].includes(all.row!.verdict!) || all.row!.burnoutFlag).toBe(true);

    const waiting = await rowOf(cast.coach, clubId, cast.member.id, "flagged_unanswered");
    expect(waiting.ids).toEqual([cast.member.id]);
    expect(waiting.total).toBe(1);

    await api(cast.coach).threads.post({ ...ref, body: "Let's talk." });
    const after = await rowOf(cast.coach, clubId, cast.member.id, "flagged_unanswered");
    expect(after.ids).toEqual([]);
    expect(after.total).toBe(0);
  });

  it("a newer check-in starts unanswered again; an edited one keeps its answer; an unknown filter is refused at its field", async () => {
    const cast = await makeClubCast(t.db);
    const clubId = cast.club.id;
    const today = checkinInput().date;
    const older = await api(cast.member).checkins.save(checkinInput({ ...SLUMP, date: addDays(today, -1), visibility: "coaches" }));
    await api(cast.coach).threads.post({ checkinId: older.id, clubId, body: "Noted." });
    expect((await rowOf(cast.coach, clubId, cast.member.id)).row?.thread?.answered).toBe(true);
    const newer = await api(cast.member).checkins.save(checkinInput({ ...SLUMP, date: today, visibility: "coaches" }));
    const row = (await rowOf(cast.coach, clubId, cast.member.id)).row;
    expect(row?.latestCheckinId).toBe(newer.id);
    expect(row?.thread?.answered).toBe(false);
    await api(cast.coach).threads.post({ checkinId: newer.id, clubId, body: "And today?" });
    // Same day: the check-in is edited in place, so its thread and its answer stay with it.
    await api(cast.member).checkins.save(checkinInput({ ...SLUMP, date: today, note: "Still wrecked", visibility: "coaches" }));
    expect((await rowOf(cast.coach, clubId, cast.member.id)).row?.thread).toMatchObject({ answered: true, repliedBy: cast.coach.name });
    await expectTRPCError(api(cast.coach).dashboard.athletes({ clubId, filter: "everyone" as never }), "BAD_REQUEST", "filter");
  });
});
