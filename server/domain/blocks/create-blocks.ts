import { blockDays, recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays } from "@/server/domain/days";
import type { Template } from "./check-assignment";
import { recentWeeklyVolume, targetWeekly, volumePercentOf } from "./down-week-target";
import { refreshBlockSummary } from "./refresh-block-summary";

/**
 * What a new block is made of, whoever starts it: a coach in their club, or the runner themselves (no club, no coach,
 * self-started). Both go through insertBlocks, so the days and the down-week target are generated the same way.
 */
export type BlockOrigin = { clubId: string | null; coachId: string | null; selfStarted: boolean };
export type BlockSpec = { template: Template; startDate: string; note: string; reason: string; reasonCheckinId: string | null };
export type NewBlock = { id: string; athleteId: string };
export type WeeklyTargets = (athleteId: string) => { baselineWeeklyM: number | null; targetWeeklyM: number | null };

/** The down-week target for each athlete: a share of their recent weekly volume, when the template sets one. */
export async function weeklyTargets(db: DbOrTx, template: Template, athleteIds: string[], startDate: string): Promise<WeeklyTargets> {
  const percent = volumePercentOf(template.days);
  const baselines = percent == null ? new Map<string, number>() : await recentWeeklyVolume(db, athleteIds, startDate);
  return (athleteId: string) => {
    const baseline = baselines.get(athleteId) ?? null;
    return { baselineWeeklyM: baseline, targetWeeklyM: baseline != null && percent != null ? targetWeekly(baseline, percent) : null };
  };
}

/** One block per athlete, with the template's days from the start date, and its summary. */
export async function insertBlocks(
  tx: DbOrTx,
  origin: BlockOrigin,
  spec: BlockSpec,
  athleteIds: string[],
  targetsFor: WeeklyTargets,
): Promise<NewBlock[]> {
  const { template, startDate } = spec;
  const inserted = await tx
    .insert(recoveryBlocks)
    .values(
      athleteIds.map((athleteId) => ({
        athleteId,
        clubId: origin.clubId,
        coachId: origin.coachId,
        selfStarted: origin.selfStarted,
        templateId: template.id,
        name: template.name,
        phase: template.phase,
        startDate,
        endDate: addDays(startDate, template.days.length - 1),
        coachNote: spec.note,
        reason: spec.reason,
        reasonCheckinId: spec.reasonCheckinId,
        ...targetsFor(athleteId),
      })),
    )
    .returning({ id: recoveryBlocks.id, athleteId: recoveryBlocks.athleteId });
  await tx.insert(blockDays).values(
    inserted.flatMap((b) =>
      template.days.map((d, i) => ({
        blockId: b.id,
        athleteId: b.athleteId,
        date: addDays(startDate, i),
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
