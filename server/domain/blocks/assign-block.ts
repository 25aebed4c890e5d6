import type { AssignBlockFields } from "@/contract/blocks";
import { blockDays, recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { addDays } from "@/server/domain/days";
import { notify } from "@/server/domain/notifications/notify";
import { checkAssignment, type Athlete, type Template } from "./check-assignment";
import { recentWeeklyVolume, targetWeekly, volumePercentOf } from "./down-week-target";
import { refreshBlockSummary } from "./refresh-block-summary";
import { settleExistingBlocks } from "./settle-existing-blocks";


export type AssignResult = {
  created: { blockId: string; athleteId: string }[];
  replaced: string[];
  kept: string[];
};

type Club = { id: string; name: string };
type Assignment = { club: Club; coachId: string; template: Template; input: AssignBlockFields };
type NewBlock = { id: string; athleteId: string };

/** The down-week target for each athlete: a share of their recent weekly volume, when the template sets one. */
async function weeklyTargets(db: DbOrTx, template: Template, athleteIds: string[], startDate: string) {
  const percent = volumePercentOf(template.days);
  const baselines = percent == null ? new Map<string, number>() : await recentWeeklyVolume(db, athleteIds, startDate);
  return (athleteId: string) => {
    const baseline = baselines.get(athleteId) ?? null;
    return { baselineWeeklyM: baseline, targetWeeklyM: baseline != null && percent != null ? targetWeekly(baseline, percent) : null };
  };
}

/** One block per athlete, with the template's days from the start date, and its summary. */
async function insertBlocks(
  tx: DbOrTx,
  { club, coachId, template, input }: Assignment,
  athletes: Athlete[],
  targetsFor: Awaited<ReturnType<typeof weeklyTargets>>,
): Promise<NewBlock[]> {
  const inserted = await tx
    .insert(recoveryBlocks)
    .values(
      athletes.map((a) => ({
        athleteId: a.id,
        clubId: club.id,
        coachId,
        templateId: template.id,
        name: template.name,
        phase: template.phase,
        startDate: input.startDate,
        endDate: addDays(input.startDate, template.days.length - 1),
        coachNote: input.note,
        reason: input.reason,
        reasonCheckinId: input.reasonCheckinId ?? null,
        ...targetsFor(a.id),
      })),
    )
    .returning({ id: recoveryBlocks.id, athleteId: recoveryBlocks.athleteId });
  await tx.insert(blockDays).values(
    inserted.flatMap((b) =>
      template.days.map((d, i) => ({
        blockId: b.id,
        athleteId: b.athleteId,
        date: addDays(input.startDate, i),
        dayIndex: i,
        kind: d.kind,
        minutes: d.minutes,
        distanceM: d.distanceM,
        volumePercent: d.volumePercent,
        notes: d.notes,
      })),
    ),
  );
  await refreshBlockSummary(tx, inserted.map((b) => b.id));
  return inserted;
}

/** Tells each athlete about their new plan, and records the assignment in the club's audit log. */
async function announceBlocks(tx: DbOrTx, { club, coachId, template, input }: Assignment, blocks: NewBlock[], replaced: string[]) {
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
    const blocks = await insertBlocks(tx, assignment, targets, targetsFor);
    await announceBlocks(tx, assignment, blocks, replaced);
    return { created: blocks.map((b) => ({ blockId: b.id, athleteId: b.athleteId })), replaced, kept };
  });
}
