import { daysBetween } from "@/server/domain/days";
import type { CheckinSignals, ReadinessInput } from "./assess-readiness";
import { easyPaceChange } from "./measures";
import { RULES } from "./rules";

export const isFlat = (c: CheckinSignals) => c.mood <= RULES.flatMood;
const isDrained = (c: CheckinSignals) => c.energy <= RULES.drained;
const isStiff = (c: CheckinSignals) => c.soreness >= RULES.stiff;

/** Easy runs getting slower, in words, or null: the one burnout sign that comes from training rather than feelings. */
export function easySlowdown(input: ReadinessInput): string | null {
  const runs = [...input.sessions, ...(input.todaySession ? [{ ...input.todaySession, date: input.date }] : [])]
    .filter((s) => s.type === "easy")
    .map((s) => ({ date: s.date, durationMin: s.durationMin, distanceM: s.distanceM ?? null, movingSec: s.movingSec ?? null }));
  const change = easyPaceChange(runs, input.date);
  return change != null && change >= RULES.easySlowerBy ? `easy runs getting slower (about ${Math.round(change * 100)}% this week)` : null;
}

/**
 * Burnout signs that persist: present today and on enough of the previous three days. Slower easy runs count when
 * the body says so too today (flat, drained or stiff), since heat or hills alone can slow a week.
 */
export function burnoutSigns(input: ReadinessInput, slowdown: string | null): string[] {
  const window = input.recentCheckins.filter((c) => {
    const ago = daysBetween(c.date, input.date);
    return ago >= 1 && ago <= 3;
  });
  const signs: [string, (c: CheckinSignals) => boolean][] = [
    ["mood flat for days", isFlat],
    ["sleep isn't helping: still drained", isDrained],
    ["stiffness persisting despite rest", isStiff],
  ];
  const out: string[] = [];
  for (const [words, test] of signs) {
    if (!test(input.today)) continue;
    const days = 1 + window.filter(test).length;
    if (days >= RULES.burnoutDays) out.push(`${words} (${days} of the last 4 days)`);
  }
  const today = input.today;
  if (slowdown && (isFlat(today) || isDrained(today) || isStiff(today))) out.push(slowdown);
  return out;
}

