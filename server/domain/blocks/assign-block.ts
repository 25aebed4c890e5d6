import { and, eq, inArray } from "drizzle-orm";
import { blockDays, checkins, clubMembers, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { sharedWithClubCoaches } from "@/server/domain/checkins/visibility";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { notify } from "@/server/domain/notifications/notify";
import { findTemplate } from "@/server/domain/templates/list-templates";
import { AppError } from "@/server/errors";
import { addDays, todayIn } from "@/server/domain/days";
import { recentWeeklyVolume, targetWeekly, volumePercentOf } from "./down-week-target";
import { completeFinishedBlocks } from "./complete-finished-blocks";
import { refreshBlockSummary } from "./refresh-block-summary";

/** How far back a start date may lie: a coach catching up on a few days, never rewriting history. */
export const MAX_START_DAYS_AGO = 7;
export const MAX_START_DAYS_AHEAD = 365;

export type AssignInput = {
  athleteIds: string[];
  template: string;
  startDate: string;
  note: string;
  reason: string;
  reasonCheckinId?: string | null;
  onExisting?: "replace" | "keep";
};

export type AssignResult = {
  created: { blockId: string; athleteId: string }[];
  replaced: string[];
  kept: string[];
};

export async function assignBlock(
  db: DbOrTx,
  club: { id: string; name: string },
  coachId: string,
  input: AssignInput,
): Promise<AssignResult> {
  const athleteIds = [...new Set(input.athleteIds)];
  const template = await findTemplate(db, club.id, input.template);
  if (!template) throw AppError.field("template", "Choose one of this club's templates");
  if (template.days.length === 0) throw AppError.field("template", "This template has no days yet; add days before assigning it");

  const athletes = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(clubMembers)
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.status, "active"), inArray(clubMembers.userId, athleteIds)));
  if (athletes.length !== athleteIds.length) {
    // Never say who the others are: they may be members of another club.
    throw AppError.field("athleteIds", "Only active members of this club can be given a block");
  }

  for (const a of athletes) {
    const today = todayIn(a.timeZone);
    if (input.startDate < addDays(today, -MAX_START_DAYS_AGO)) {
      throw AppError.field("startDate", `Start no more than ${MAX_START_DAYS_AGO} days ago (in ${a.name}'s time zone)`);
    }
    if (input.startDate > addDays(today, MAX_START_DAYS_AHEAD)) {
      throw AppError.field("startDate", "Start within the next year");
    }
  }

  if (input.reasonCheckinId) {
    // The check-in must be one of these athletes' and shared with this club's coaches.
    const [c] = await db
      .select({ id: checkins.id })
      .from(checkins)
      .where(
        and(
          eq(checkins.id, input.reasonCheckinId),
          inArray(checkins.userId, athleteIds),
          sharedWithClubCoaches(club.id),
        ),
      );
    if (!c) throw AppError.field("reasonCheckinId", "That check-in isn't one these athletes shared with coaches");
  }

  const percent = volumePercentOf(template.days);
  const baselines = percent == null ? new Map<string, number>() : await recentWeeklyVolume(db, athleteIds, input.startDate);
  const endDate = addDays(input.startDate, template.days.length - 1);

  return db.transaction(async (tx) => {
    // Blocks past their last day are finished, not in the way.
    await completeFinishedBlocks(tx, athletes);
    const existing = await tx
      .select({ id: recoveryBlocks.id, athleteId: recoveryBlocks.athleteId, clubId: recoveryBlocks.clubId })
      .from(recoveryBlocks)
      .where(and(inArray(recoveryBlocks.athleteId, athleteIds), eq(recoveryBlocks.status, "active")))
      .for("update");
    const busy = new Set(existing.map((e) => e.athleteId));
    // A runner follows one block at a time, but another club's block is that club's coaches' to end, not ours.
    const elsewhere = athletes.filter((a) => existing.some((e) => e.athleteId === a.id && e.clubId !== club.id)).map((a) => a.name);
    if (elsewhere.length > 0 && input.onExisting === "replace") {
      const who = elsewhere.join(", ");
      throw new AppError(
        "CONFLICT",
        `${who} ${elsewhere.length === 1 ? "is" : "are"} following a block set in another club, which only that club's coaches can end. Choose to keep it.`,
        { onExisting: [`Following another club's block: ${who}`] },
      );
    }
    if (existing.length > 0 && !input.onExisting) {
      const names = athletes.filter((a) => busy.has(a.id)).map((a) => a.name);
      throw new AppError("CONFLICT", `${names.join(", ")} already ${names.length === 1 ? "has" : "have"} an active block. Choose to replace it or keep it.`, {
        onExisting: [`Already on a block: ${names.join(", ")}`],
      });
    }
    const replaced: string[] = [];
    const kept: string[] = [];
    if (input.onExisting === "replace" && existing.length > 0) {
      await tx
        .update(recoveryBlocks)
        .set({ status: "replaced", endedAt: new Date(), updatedAt: new Date() })
        .where(inArray(recoveryBlocks.id, existing.map((e) => e.id)));
      replaced.push(...existing.map((e) => e.athleteId));
    } else if (input.onExisting === "keep") {
      kept.push(...busy);
    }
    const targets = athletes.filter((a) => !kept.includes(a.id));
    if (targets.length === 0) return { created: [], replaced, kept };

    const inserted = await tx
      .insert(recoveryBlocks)
      .values(
        targets.map((a) => {
          const baseline = baselines.get(a.id) ?? null;
          return {
            athleteId: a.id,
            clubId: club.id,
            coachId,
            templateId: template.id,
            name: template.name,
            phase: template.phase,
            startDate: input.startDate,
            endDate,
            coachNote: input.note,
            reason: input.reason,
            reasonCheckinId: input.reasonCheckinId ?? null,
            baselineWeeklyM: baseline,
            targetWeeklyM: baseline != null && percent != null ? targetWeekly(baseline, percent) : null,
          };
        }),
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
    await notify(
      tx,
      inserted.map((b) => ({
        userId: b.athleteId,
        kind: "block.assigned",
        title: `Your coach set you a plan: ${template.name}`,
        body: input.note || `${template.days.length} days from ${input.startDate}, in ${club.name}.`,
        href: "/today",
      })),
    );
    await recordAudit(
      tx,
      inserted.map((b) => ({
        clubId: club.id,
        actorId: coachId,
        action: "block.assigned",
        targetUserId: b.athleteId,
        details: { blockId: b.id, template: template.key ?? template.id, startDate: input.startDate, replaced: replaced.includes(b.athleteId) },
      })),
    );
    return { created: inserted.map((b) => ({ blockId: b.id, athleteId: b.athleteId })), replaced, kept };
  });
}
