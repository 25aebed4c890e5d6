import cronParser from "cron-parser";
import type { JobSchedule } from "./define-job";

/** The schedule's ticks in (after, until], oldest first, at most `limit` (so a long gap never floods the queue). */
export function ticksBetween(schedule: JobSchedule, after: Date, until: Date, limit = 10): Date[] {
  const interval = cronParser.parseExpression(schedule.cron, { tz: schedule.tz ?? "UTC", currentDate: after });
  const ticks: Date[] = [];
  while (ticks.length < limit) {
    const tick = interval.next().toDate();
    if (tick.getTime() > until.getTime()) break;
    ticks.push(tick);
  }
  return ticks;
}
