import { and, desc, eq, gte, lte } from "drizzle-orm";
import type { SelfStartTemplate } from "@/contract/blocks";
import { blockTemplates, checkins, recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, todayIn } from "@/server/domain/days";
import { isCurrentBlock } from "./block-status";
import { MAX_START_DAYS_AGO } from "./check-assignment";
import { POST_RACE_ADVICE } from "@/server/domain/training/post-race";
import { getCurrentRaceWindow } from "@/server/domain/training/race-window";
import { getRunnerSettings } from "@/server/domain/training/runner-settings";
import { getWeeklyVolume } from "@/server/domain/training/get-weekly-volume";

/** How recent a reset verdict or burnout flag must be to suggest a slump reset. */
export const SLUMP_LOOKBACK_DAYS = 3;

/** startDate: today, except a race's recovery, which begins the day after the race (as far back as a start may go). */
export type OwnSuggestion = { template: SelfStartTemplate; title: string; why: string; startDate: string };

/** The latest check-in of the last few days said reset, or flagged burnout. */
async function slumpSignal(db: DbOrTx, userId: string, today: string) {
  const [latest] = await db
    .select({ verdict: checkins.verdict, burnoutFlag: checkins.burnoutFlag })
    .from(checkins)
    .where(and(eq(checkins.userId, userId), lte(checkins.date, today), gte(checkins.date, addDays(today, -SLUMP_LOOKBACK_DAYS))))
    .orderBy(desc(checkins.date))
    .limit(1);
  if (!latest) return null;
  if (latest.burnoutFlag) return "Your recent check-ins look like burnout: flat for days, not just tired.";
  if (latest.verdict === "reset") return "Your latest check-in said to step back now.";
  return null;
}

/** The runner's current block, if any: whose it is, and the built-in it came from. */
async function currentBlock(db: DbOrTx, userId: string, today: string) {
  const [row] = await db
    .select({ selfStarted: recoveryBlocks.selfStarted, templateKey: blockTemplates.key })
    .from(recoveryBlocks)
    .leftJoin(blockTemplates, eq(blockTemplates.id, recoveryBlocks.templateId))
    .where(and(eq(recoveryBlocks.athleteId, userId), isCurrentBlock(today)))
    .limit(1);
  return row ?? null;
}

/**
 * The resets the runner could start on themselves today, most fitting first: the recovery for a race still in its
 * window, then a slump reset after a reset verdict or burnout flag, then a down week after three building weeks.
 * A fixed handful of queries, whatever the runner's history.
 */
export async function getOwnSuggestions(db: DbOrTx, userId: string, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const today = todayIn(settings.timeZone, now);
  const [raceWindow, slump, volume, current] = await Promise.all([
    getCurrentRaceWindow(db, userId, today),
    slumpSignal(db, userId, today),
    getWeeklyVolume(db, userId, now),
    currentBlock(db, userId, today),
  ]);
  const suggestions: OwnSuggestion[] = [];
  if (raceWindow) {
    const key = raceWindow.race.templateKey;
    const earliest = addDays(today, -MAX_START_DAYS_AGO);
    const startDate = raceWindow.startsOn < earliest ? today : raceWindow.startsOn > today ? today : raceWindow.startsOn;
    // Where the runner is in the window is Today's race card's to say; the suggestion says what the recovery is.
    suggestions.push({ template: key, title: POST_RACE_ADVICE[key].title, why: POST_RACE_ADVICE[key].summary, startDate });
  }
  if (slump) suggestions.push({ template: "slump-reset", title: "Slump reset: change the stimulus", why: slump, startDate: today });
  const down = volume.downWeekSuggestion;
  if (down && !raceWindow) {
    suggestions.push({
      template: "down-week",
      title: "Down week",
      why: `You've built three weeks in a row (${down.basedOn.join(", ")} ${volume.unit}). A week of about ${down.low} to ${down.high} ${volume.unit} lets it sink in.`,
      startDate: today,
    });
  }
  // A coach's block is the plan: nothing to start on top of it. Their own block is not suggested again.
  const onCoachBlock = current != null && !current.selfStarted;
  const open = onCoachBlock ? [] : suggestions.filter((s) => s.template !== current?.templateKey);
  return { today, raceWindow, onCoachBlock, suggestions: open };
}
