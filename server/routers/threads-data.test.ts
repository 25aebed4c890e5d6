// Issue 20: a coach's message can say why a block was assigned, and the athlete's threads are theirs: the export
// carries them, deleting the account deletes them (the coaches' messages too, being about the athlete's health).
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { coachThreadMessages, coachThreads, notifications } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
const api = (u: { id: string } | null) => callerFor(t.db, u);
beforeAll(() => ensureBuiltInTemplates(t.db));

async function slump() {
  const cast = await makeClubCast(t.db);
  const checkin = await api(cast.member).checkins.save(
    checkinInput({ mood: 1, energy: 1, motivation: 1, legs: "heavy", note: "Flat for days", visibility: "coaches" }),
  );
  return { cast, clubId: cast.club.id, checkinId: checkin.id, ref: { checkinId: checkin.id, clubId: cast.club.id } };
}

describe("assigning can say why", () => {
  it("the message lands in the prompting check-in's thread with the block, and the athlete hears once", async () => {
    const { cast, clubId, ref } = await slump();
    const idempotencyKey = crypto.randomUUID();
    const input = {
      clubId, athleteIds: [cast.member.id], template: "slump-reset", startDate: todayIn("UTC"), note: "", reason: "Flat for days",
      reasonCheckinId: ref.checkinId, message: "Let's change the stimulus for a week.", idempotencyKey,
    };
    const first = await api(cast.coach).blocks.assign(input);
    await api(cast.coach).blocks.assign(input);
    expect(first.created).toHaveLength(1);
    const page = await api(cast.member).threads.messages(ref);
    expect(page.items.map((m) => [m.body, m.fromCoach])).toEqual([["Let's change the stimulus for a week.", true]]);
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, cast.member.id), eq(notifications.kind, "thread.coach_replied")));
    expect(told.map((n) => n.title)).toEqual([`${cast.coach.name} wrote about your new plan: Slump reset: change the stimulus`]);
    const recent = await api(cast.member).threads.recentReplies({});
    expect(recent.items.map((r) => [r.checkinId, r.reply.body])).toEqual([[ref.checkinId, "Let's change the stimulus for a week."]]);
  });

  it("without a prompting check-in it lands on the athlete's latest check-in shared with the club's coaches; no message, no thread", async () => {
    const { cast, clubId, ref } = await slump();
    await api(cast.coach).blocks.assign({
      clubId, athleteIds: [cast.member.id], template: "down-week", startDate: todayIn("UTC"), note: "", reason: "", onExisting: "replace",
    });
    expect(await t.db.select().from(coachThreads).where(eq(coachThreads.checkinId, ref.checkinId))).toEqual([]);
    await api(cast.coach).blocks.assign({
      clubId, athleteIds: [cast.member.id], template: "down-week", startDate: todayIn("UTC"), note: "", reason: "", onExisting: "replace",
      message: "A lighter week, then we build.",
    });
    expect((await api(cast.member).threads.messages(ref)).items.map((m) => m.body)).toEqual(["A lighter week, then we build."]);
  });

  it("refuses a message over the limit at its field and assigns nothing", async () => {
    const { cast, clubId } = await slump();
    await expectTRPCError(
      api(cast.coach).blocks.assign({ clubId, athleteIds: [cast.member.id], template: "down-week", startDate: todayIn("UTC"), message: "x".repeat(1001) }),
      "BAD_REQUEST",
      "message",
    );
    expect((await api(cast.member).blocks.today()).block).toBeNull();
  });
});

describe("changing a block can say why", () => {
  it("extending and ending early post the coach's word in the thread of the check-in behind the block", async () => {
    const { cast, clubId, ref } = await slump();
    const { created } = await api(cast.coach).blocks.assign({
      clubId, athleteIds: [cast.member.id], template: "slump-reset", startDate: todayIn("UTC"), reasonCheckinId: ref.checkinId,
    });
    const blockId = created[0]!.blockId;
    await api(cast.coach).blocks.extend({ clubId, blockId, days: 2, message: "Two more easy days: you earned them." });
    await expectTRPCError(api(cast.coach).blocks.endEarly({ clubId, blockId, message: "x".repeat(1001) }), "BAD_REQUEST", "message");
    await api(cast.owner).blocks.endEarly({ clubId, blockId, message: "You're moving well again. Back to the plan." });
    const page = await api(cast.member).threads.messages(ref);
    expect(page.items.map((m) => [m.authorName, m.body])).toEqual([
      [cast.coach.name, "Two more easy days: you earned them."],
      [cast.owner.name, "You're moving well again. Back to the plan."],
    ]);
    const titles = (await t.db.select().from(notifications).where(and(eq(notifications.userId, cast.member.id), eq(notifications.kind, "thread.coach_replied")))).map((n) => n.title);
    expect(titles.sort()).toEqual([`${cast.coach.name} wrote about extending "Slump reset: change the stimulus"`, `${cast.owner.name} wrote about ending "Slump reset: change the stimulus"`].sort());
  });
});

describe("the athlete's data", () => {
  it("the export carries the athlete's threads, coaches' replies included, and a coach's own words elsewhere", async () => {
    const { cast, ref } = await slump();
    await api(cast.coach).threads.post({ ...ref, body: "Rest up." });
    await api(cast.member).threads.post({ ...ref, body: "Thank you." });
    const mine = await api(cast.member).data.exportJson();
    expect(mine.coachThreadMessages.map((m) => [m.from, m.authorName, m.body, m.clubName])).toEqual([
      ["coach", cast.coach.name, "Rest up.", cast.club.name],
      ["me", cast.member.name, "Thank you.", cast.club.name],
    ]);
    const coach = await api(cast.coach).data.exportJson();
    expect(coach.coachThreadMessages).toEqual([]);
    expect(coach.coachMessagesWritten.map((m) => m.body)).toEqual(["Rest up."]);
    expect(JSON.stringify(coach.coachMessagesWritten)).not.toContain(cast.member.id);
    expect(await api(cast.member).data.exportCsv()).toContain("# coachThreadMessages\r\n");
  });

  it("deleting the account deletes the athlete's threads and the coaches' messages in them", async () => {
    const { cast, ref } = await slump();
    const reply = await api(cast.coach).threads.post({ ...ref, body: "About your sleep…" });
    await api(cast.member).threads.post({ ...ref, body: "Still bad." });
    await api(cast.member).data.deleteAccount({ confirmation: "delete my account" });
    expect(await t.db.select().from(coachThreads).where(eq(coachThreads.checkinId, ref.checkinId))).toEqual([]);
    expect(await t.db.select().from(coachThreadMessages).where(inArray(coachThreadMessages.id, [reply.id]))).toEqual([]);
    await expectTRPCError(api(cast.coach).threads.messages(ref), "NOT_FOUND");
  });

  it("a coach deleting their account leaves their messages to the athlete, unsigned", async () => {
    const { cast, ref } = await slump();
    await api(cast.coach).threads.post({ ...ref, body: "One easy week." });
    await api(cast.coach).data.deleteAccount({ confirmation: "delete my account" });
    const page = await api(cast.member).threads.messages(ref);
    expect(page.items.map((m) => [m.authorName, m.body, m.fromCoach])).toEqual([["A former coach", "One easy week.", true]]);
  });
});
