import { inArray, sql } from "drizzle-orm";
import type { DayKind, Phase } from "@/contract/values";
import { blockTemplateDays, blockTemplates } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type TemplateDaySpec = {
  kind: DayKind;
  minutes?: number | null;
  distanceM?: number | null;
  volumePercent?: number | null;
  notes?: string;
};
export type BuiltInTemplate = {
  key: "post-marathon" | "post-half" | "post-10k-5k" | "down-week" | "slump-reset";
  name: string;
  description: string;
  phase: Phase;
  days: TemplateDaySpec[];
};

/** A template's days as block_template_days rows, in order. */
export function dayRows(templateId: string, days: TemplateDaySpec[]) {
  return days.map((d, i) => ({
    templateId,
    dayIndex: i,
    kind: d.kind,
    minutes: d.minutes ?? null,
    distanceM: d.distanceM ?? null,
    volumePercent: d.volumePercent ?? null,
    notes: d.notes ?? "",
  }));
}

const rest = (notes: string): TemplateDaySpec => ({ kind: "rest", notes });
const walk = (minutes: number, notes = ""): TemplateDaySpec => ({ kind: "walk", minutes, notes });
const easy = (minutes: number, notes = ""): TemplateDaySpec => ({ kind: "easy_run", minutes, notes });

// The coaching rules' reset phases, as day-by-day prescriptions: after a marathon or longer, 1 to 2 weeks with no
// running, then 1 to 2 of easy running; after a half, 5 to 7 days with no running; after a 10K or 5K, a few days off;
// a down week at 20 to 30% less volume; a slump reset that changes the stimulus.
export const BUILT_IN_TEMPLATES: BuiltInTemplate[] = [
  {
    key: "post-marathon",
    name: "After a marathon or longer race",
    description:
      "Ten days with no running (walks of 20 to 30 minutes are fine), then eleven days of easy running as you return to normal training.",
    phase: "reset",
    days: [
      rest("Guilt-free rest day. Sleep in if you can, and drink plenty of water."),
      walk(20, "An easy walk to loosen up. No running."),
      walk(25, "No running. Early night."),
      rest("Guilt-free rest day."),
      walk(30, "Easy walk, conversational pace."),
      { kind: "mobility", minutes: 20, notes: "Gentle mobility; nothing that hurts." },
      walk(30, "No running yet. Water and sleep still come first."),
      rest("Guilt-free rest day."),
      walk(30, "Easy walk."),
      walk(30, "Last day with no running."),
      easy(20, "Your first run back: very easy, stop if anything hurts."),
      rest("Rest and sleep."),
      easy(25, "Easy, no pace targets."),
      walk(30, "Walk or rest."),
      easy(30, "Easy running."),
      rest("Guilt-free rest day."),
      easy(30, "Easy running."),
      easy(35, "Easy running; breathing stays controlled."),
      rest("Rest."),
      easy(40, "Easy running."),
      { kind: "normal_training", volumePercent: 80, notes: "Back towards normal training, at about 80% of your usual volume." },
    ],
  },
  {
    key: "post-half",
    name: "After a half marathon",
    description: "Six days with no running (short, low-impact walks are fine), then short easy runs back to base.",
    phase: "reset",
    days: [
      rest("Guilt-free rest day. Sleep and water."),
      walk(20, "A short, low-impact walk. No running."),
      walk(20, "No running."),
      rest("Guilt-free rest day."),
      walk(25, "Easy walk."),
      { kind: "mobility", minutes: 20, notes: "Gentle mobility. Last day with no running." },
      easy(20, "A short easy run."),
      rest("Rest."),
      easy(25, "Short and easy."),
      walk(30, "Walk or rest."),
      easy(30, "Easy running, back to base."),
      easy(30, "Easy running."),
    ],
  },
  {
    key: "post-10k-5k",
    name: "After a 10K or 5K",
    description: "A few days off running, then an easy run to get going again.",
    phase: "reset",
    days: [
      rest("Guilt-free rest day. Sleep and water."),
      walk(20, "An easy walk is fine. No running."),
      rest("Rest day."),
      easy(25, "An easy run to get going again."),
    ],
  },
  {
    key: "down-week",
    name: "Down week",
    description:
      "Normal training at 70 to 80% of your usual weekly volume (for example 15, 18 and 23 miles, then about 17), before building on.",
    phase: "maintain",
    days: [
      { kind: "normal_training", volumePercent: 75, notes: "An easy day at about three quarters of your usual volume." },
      rest("Guilt-free rest day."),
      { kind: "normal_training", volumePercent: 75, notes: "Keep it easy; no hard session this week." },
      { kind: "normal_training", volumePercent: 75, notes: "Extra sleep is part of the plan this week." },
      rest("Rest. Water and an early night."),
      { kind: "normal_training", volumePercent: 75, notes: "A shortened long run, relaxed pace." },
      { kind: "normal_training", volumePercent: 70, notes: "Easy, then you build on from next week." },
    ],
  },
  {
    key: "slump-reset",
    name: "Slump reset: change the stimulus",
    description:
      "Mix up a stale routine: a new route, hills or a scenic jog, cross-training and a movement-only day. Small goal: three 30-minute runs this week.",
    phase: "reset",
    days: [
      { kind: "movement_only", minutes: 30, notes: "Movement only: no watch, no pace. Move in any way you enjoy." },
      easy(30, "Run 1 of 3: a new route or an easy scenic jog."),
      { kind: "cross_training", minutes: 45, notes: "About 45 minutes on a bike, or easy swimming." },
      rest("Guilt-free rest day. Sleep and water."),
      easy(30, "Run 2 of 3: a hill circuit, or shorter and faster if that feels fun."),
      { kind: "strength", minutes: 30, notes: "Strength work, at your own pace." },
      easy(30, "Run 3 of 3: longer and slower, somewhere you like."),
    ],
  },
];

/**
 * Upserts the built-in templates by key, replacing their days, so every database (fresh test DBs included)
 * has them whatever migrations ran. Safe to call repeatedly.
 */
export async function ensureBuiltInTemplates(db: DbOrTx): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(blockTemplates)
      .values(BUILT_IN_TEMPLATES.map((t) => ({ key: t.key, name: t.name, description: t.description, phase: t.phase, clubId: null })))
      .onConflictDoUpdate({
        target: blockTemplates.key,
        targetWhere: sql`${blockTemplates.clubId} is null`,
        set: {
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          phase: sql`excluded.phase`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: blockTemplates.id, key: blockTemplates.key });
    const idOf = new Map(rows.map((r) => [r.key, r.id]));
    await tx.delete(blockTemplateDays).where(inArray(blockTemplateDays.templateId, rows.map((r) => r.id)));
    await tx.insert(blockTemplateDays).values(
      BUILT_IN_TEMPLATES.flatMap((t) => dayRows(idOf.get(t.key)!, t.days)),
    );
  });
}
