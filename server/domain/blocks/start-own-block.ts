import { and, asc, eq, isNull } from "drizzle-orm";
import type { StartOwnBlockInput } from "@/contract/blocks";
import { blockTemplateDays, blockTemplates, clubs, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, todayIn } from "@/server/domain/days";
import { AppError } from "@/server/errors";
import { blockEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { MAX_START_DAYS_AGO, MAX_START_DAYS_AHEAD, type Template } from "./check-assignment";
import { completeFinishedBlocks } from "./complete-finished-blocks";
import { insertBlocks, weeklyTargets } from "./create-blocks";

export type StartOwnResult = { blockId: string; replacedBlockId: string | null };

/** A built-in template by key, in the same shape a coach's assignment loads (findTemplate). */
async function builtInTemplate(db: DbOrTx, key: string): Promise<Template> {
  const [template] = await db.select().from(blockTemplates).where(and(eq(blockTemplates.key, key), isNull(blockTemplates.clubId)));
  if (!template) throw AppError.field("template", "Choose one of the suggested resets");
  const days = await db.select().from(blockTemplateDays).where(eq(blockTemplateDays.templateId, template.id)).orderBy(asc(blockTemplateDays.dayIndex));
  return { ...template, builtIn: true, days };
}

function checkOwnStartDate(timeZone: string, startDate: string) {
  const today = todayIn(timeZone);
  if (startDate < addDays(today, -MAX_START_DAYS_AGO)) throw AppError.field("startDate", `Start no more than ${MAX_START_DAYS_AGO} days ago`);
  if (startDate > addDays(today, MAX_START_DAYS_AHEAD)) throw AppError.field("startDate", "Start within the next year");
}

/**
 * Inside the start's transaction: the runner's current block, locked. Their own self-started one may be replaced when
 * they say so; a coach's block is the coach's to change, so it is never replaced from here.
 */
async function settleOwnCurrentBlock(tx: DbOrTx, me: { id: string; timeZone: string }, replaceOwn: boolean) {
  await completeFinishedBlocks(tx, [me]);
  const [current] = await tx
    .select({ id: recoveryBlocks.id, name: recoveryBlocks.name, selfStarted: recoveryBlocks.selfStarted, clubName: clubs.name })
    .from(recoveryBlocks)
    .leftJoin(clubs, eq(clubs.id, recoveryBlocks.clubId))
    .where(and(eq(recoveryBlocks.athleteId, me.id), eq(recoveryBlocks.status, "active")))
    .for("update", { of: recoveryBlocks });
  if (!current) return null;
  if (!current.selfStarted) {
    throw new AppError(
      "CONFLICT",
      `You're following "${current.name}", set by your coach${current.clubName ? ` in ${current.clubName}` : ""}. Only your coach can change or end it, so ask them before starting another.`,
    );
  }
  if (!replaceOwn) {
    throw new AppError("CONFLICT", `You're already following "${current.name}", which you started. Replace it with this one?`, {
      replaceOwn: [`Already on "${current.name}": choose to replace it`],
    });
  }
  await tx.update(recoveryBlocks).set({ status: "replaced", endedAt: new Date(), updatedAt: new Date() }).where(eq(recoveryBlocks.id, current.id));
  return current.id;
}

/**
 * A runner starts a suggested reset themselves: the same built-in template and day generation (down-week target
 * included) as a coach's assignment, with no club and no coach, marked self-started.
 */
export async function startOwnBlock(db: DbOrTx, userId: string, input: StartOwnBlockInput): Promise<StartOwnResult> {
  const [me] = await db.select({ id: users.id, timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  if (!me) throw AppError.notFound("Account");
  const template = await builtInTemplate(db, input.template);
  checkOwnStartDate(me.timeZone, input.startDate);
  const targetsFor = await weeklyTargets(db, template, [me.id], input.startDate);
  return db.transaction(async (tx) => {
    const replacedBlockId = await settleOwnCurrentBlock(tx, me, input.replaceOwn);
    const spec = { template, startDate: input.startDate, note: "", reason: input.reason, reasonCheckinId: null };
    const [block] = await insertBlocks(tx, { clubId: null, coachId: null, selfStarted: true }, spec, [me.id], targetsFor);
    await publishLive(tx, blockEvents({ id: block!.id, clubId: null, athleteId: me.id }));
    return { blockId: block!.id, replacedBlockId };
  });
}
