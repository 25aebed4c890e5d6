import type { AssignBlockFields } from "@/contract/blocks";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { blockEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { notify } from "@/server/domain/notifications/notify";
import { postAssignmentMessages } from "@/server/domain/threads/post-assignment-messages";
import { checkAssignment, type Template } from "./check-assignment";
import { insertBlocks, weeklyTargets, type NewBlock } from "./create-blocks";
import { settleExistingBlocks } from "./settle-existing-blocks";

export type AssignResult = {
  created: { blockId: string; athleteId: string }[];
  replaced: string[];
  kept: string[];
};

type Club = { id: string; name: string };
type Assignment = { club: Club; coachId: string; template: Template; input: AssignBlockFields };

/** Tells each athlete about their new plan, and records the assignment in the club's audit log. */
async function announceBlocks(tx: DbOrTx, { club, coachId, template, input }: Assignment, blocks: NewBlock[], replaced: string[]) {
  await publishLive(tx, blocks.flatMap((b) => blockEvents({ id: b.id, clubId: club.id, athleteId: b.athleteId })));
  await notify(
    tx,
    blocks.map((b) => ({
      userId: b.athleteId,
      kind: "block.assigned",
      title: `Your coach set you a plan: ${template.name}`,
      body: input.note || `${template.days.length} days from ${input.startDate}, in ${club.name}.`,
      href: "/today",
    })),
  );
  await recordAudit(
    tx,
    blocks.map((b) => ({
      clubId: club.id,
      actorId: coachId,
      action: "block.assigned",
      targetUserId: b.athleteId,
      details: { blockId: b.id, template: template.key ?? template.id, startDate: input.startDate, replaced: replaced.includes(b.athleteId) },
    })),
  );
}

/** A coach gives a template to some of the club's athletes: check, settle their current blocks, insert, announce. */
export async function assignBlock(db: DbOrTx, club: Club, coachId: string, input: AssignBlockFields): Promise<AssignResult> {
  const { template, athletes, athleteIds } = await checkAssignment(db, club.id, input);
  const targetsFor = await weeklyTargets(db, template, athleteIds, input.startDate);
  const assignment: Assignment = { club, coachId, template, input };

  return db.transaction(async (tx) => {
    const { replaced, kept } = await settleExistingBlocks(tx, club.id, athletes, input.onExisting);
    const targets = athletes.filter((a) => !kept.includes(a.id));
    if (targets.length === 0) return { created: [], replaced, kept };
    const spec = { template, startDate: input.startDate, note: input.note, reason: input.reason, reasonCheckinId: input.reasonCheckinId ?? null };
    const origin = { clubId: club.id, coachId, selfStarted: false };
    const blocks = await insertBlocks(tx, origin, spec, targets.map((a) => a.id), targetsFor);
    await announceBlocks(tx, assignment, blocks, replaced);
    await postAssignmentMessages(tx, {
      club, coachId, message: input.message ?? "", athleteIds: blocks.map((b) => b.athleteId), reasonCheckinId: input.reasonCheckinId ?? null,
      title: (coach) => `${coach} wrote about your new plan: ${template.name}`,
    });
    return { created: blocks.map((b) => ({ blockId: b.id, athleteId: b.athleteId })), replaced, kept };
  });
}
