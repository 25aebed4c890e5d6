import type { UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { RouterOutputs } from "@/app/_trpc/client";
import type { checkinInput } from "@/contract/checkins";

export type In = z.input<typeof checkinInput>;
export type Out = z.output<typeof checkinInput>;
export type FormData = RouterOutputs["checkins"]["form"];
export type CheckinFormApi = UseFormReturn<In, unknown, Out>;
/** The first error message at a dotted path ("session.distance"), if any. */
export type ErrorAt = (path: string) => string | undefined;

/** The form's starting values: the day's check-in when there is one, else middling answers and last time's sharing. */
export function defaultsOf(data: FormData): In {
  const e = data.existing;
  return {
    date: data.date,
    mood: e?.mood ?? 4, energy: e?.energy ?? 4, sleepQuality: e?.sleepQuality ?? 4,
    soreness: e?.soreness ?? 3, stress: e?.stress ?? 3, motivation: e?.motivation ?? 4,
    legs: e?.legs ?? "normal", easyEffortHarder: e?.easyEffortHarder ?? false, easyHeartRate: e?.easyHeartRate ?? "normal",
    restingHr: e?.restingHr ?? null, warmupFeel: e?.warmupFeel ?? null,
    session: e?.session ? { type: e.session.type, durationMin: e.session.durationMin, distance: e.session.distance, rpe: e.session.rpe } : null,
    note: e?.note ?? "", visibility: data.defaults.visibility, clubIds: data.defaults.clubIds,
  };
}

export const optionalNumber = (v: unknown) => (v === "" || v == null || Number.isNaN(v) ? null : Number(v));

export function errorReader(errors: unknown): ErrorAt {
  return (path) => {
    let e: unknown = errors;
    for (const p of path.split(".")) e = (e as Record<string, unknown> | undefined)?.[p];
    return (e as { message?: string } | undefined)?.message;
  };
}
