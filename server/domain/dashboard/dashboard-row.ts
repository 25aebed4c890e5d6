import type { Phase, RaceDistance, Verdict } from "@/contract/values";
import { postRaceTemplateKey, type PostRaceTemplateKey } from "@/server/domain/training/post-race";
import { raceWindow } from "@/server/domain/training/race-window";
import { monotonyStrain, type LoadedDay } from "@/server/domain/training/monotony";

export type TrendPoint = { date: string; wellness: number };
export type DashboardRow = {
  athleteId: string;
  name: string;
  today: string;
  need: number;
  verdict: Verdict | null;
  burnoutFlag: boolean;
  latestCheckinId: string | null;
  lastCheckinDate: string | null;
  daysSinceCheckin: number | null;
  trend: TrendPoint[];
  /** The coach thread on the latest shared check-in: answered or not, and by whom last (null with no check-in). */
  thread: null | { answered: boolean; repliedBy: string | null; repliedAt: Date | null; athleteWroteSince: boolean };
  block: null | {
    id: string;
    name: string;
    phase: Phase;
    startDate: string;
    endDate: string;
    done: number;
    partial: number;
    due: number;
    compliance: number | null;
    /** The runner started it themselves; this club's coaches may still adjust it. */
    selfStarted: boolean;
  };
  overdoing: boolean;
  /** Foster's monotony and strain of the athlete's last 7 days: flags only, never a verdict. */
  weekLoad: { monotony: number | null; strain: number | null; monotonyFlag: boolean; strainFlag: boolean };
  /** The latest shared check-in's resting heart rate signal, in its own words ("resting heart rate 62, 8 above your usual 54"). */
  restingHrSignal: string | null;
  /** A race whose recovery window covers the athlete's today. */
  race: { distance: RaceDistance; date: string; dayNumber: number } | null;
  /** What to assign when there is no current block: the race's recovery, else the reset the flags call for. */
  suggestedTemplate: PostRaceTemplateKey | "slump-reset" | "down-week" | null;
};

/** One row as the dashboard statement returns it (json columns arrive as text on some drivers). */
export type RawDashboardRow = {
  id: string; name: string; today: string; need: number; checkin_id: string | null; checkin_date: string | null;
  verdict: DashboardRow["verdict"]; burnout_flag: boolean; block_id: string | null; block_name: string | null;
  block_phase: Phase | null; start_date: string | null; end_date: string | null;
  done: number; partial: number; due: number; overdoing: boolean; days_since: number | null;
  block_self_started: boolean; races: { distance: RaceDistance; date: string }[] | string;
  trend: TrendPoint[] | string; total: number; week_loads: LoadedDay[] | string; resting_hr_signal: string | null;
  last_coach_reply_at: Date | string | null; replied_by_name: string | null; athlete_wrote_since: boolean;
};

const parsed = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

/** A statement row turned into what the coach sees: the race window, the week's load flags, what to assign. */
export function toDashboardRow(r: RawDashboardRow): DashboardRow {
  const trend = parsed(r.trend);
  const flaggedReset = r.verdict === "reset" || r.burnout_flag;
  const flaggedHold = r.verdict === "hold_back" || r.overdoing;
  const races = parsed(r.races);
  const race = races
    .map((x) => ({ ...x, window: raceWindow(x, r.today) }))
    .filter((x) => x.window)
    .map((x) => ({ distance: x.distance, date: x.date, dayNumber: x.window!.dayNumber }))[0] ?? null;
  const weekLoads = parsed(r.week_loads);
  const { monotony, strain, monotonyFlag, strainFlag } = monotonyStrain(weekLoads, r.today);
  return {
    athleteId: r.id,
    name: r.name,
    today: r.today,
    need: Number(r.need),
    verdict: r.verdict,
    burnoutFlag: r.burnout_flag,
    latestCheckinId: r.checkin_id,
    lastCheckinDate: r.checkin_date,
    daysSinceCheckin: r.days_since == null ? null : Number(r.days_since),
    trend,
    thread: r.checkin_id
      ? {
          answered: r.last_coach_reply_at != null,
          repliedBy: r.replied_by_name,
          repliedAt: r.last_coach_reply_at == null ? null : new Date(r.last_coach_reply_at),
          athleteWroteSince: r.athlete_wrote_since,
        }
      : null,
    block: r.block_id
      ? {
          id: r.block_id,
          name: r.block_name!,
          phase: r.block_phase!,
          startDate: r.start_date!,
          endDate: r.end_date!,
          done: Number(r.done),
          partial: Number(r.partial),
          due: Number(r.due),
          compliance: Number(r.due) > 0 ? (Number(r.done) + Number(r.partial) / 2) / Number(r.due) : null,
          selfStarted: r.block_self_started,
        }
      : null,
    overdoing: r.overdoing,
    weekLoad: { monotony, strain, monotonyFlag, strainFlag },
    restingHrSignal: r.resting_hr_signal,
    race,
    suggestedTemplate: race ? postRaceTemplateKey(race.distance) : flaggedReset ? "slump-reset" : flaggedHold ? "down-week" : null,
  };
}
