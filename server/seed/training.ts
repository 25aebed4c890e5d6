import { inArray } from "drizzle-orm";
import { todayIn } from "@/server/domain/days";
import type { Db } from "@/db/client";
import { goals, raceResults, trainingSessions } from "@/db/schema";
import type { SeedBase } from "./accounts";

type SessionRow = typeof trainingSessions.$inferInsert;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today in London (the demo accounts' zone), as a UTC-midnight timestamp for date arithmetic. */
function londonToday(): number {
  return Date.parse(`${todayIn("Europe/London")}T00:00:00Z`);
}

/**
 * Splits a week's kilometres over Tuesday (easy), Thursday (tempo or easy) and Sunday (long),
 * skipping days that haven't happened yet.
 */
function week(userId: string, monday: number, km: number, today: number, tempo = false): SessionRow[] {
  const plan = [
    { day: 1, share: 0.3, type: tempo ? ("tempo" as const) : ("easy" as const), rpe: tempo ? 7 : 3, pace: tempo ? 5.2 : 6.2 },
    { day: 3, share: 0.25, type: "easy" as const, rpe: 3, pace: 6.2 },
    { day: 6, share: 0.45, type: "long" as const, rpe: 5, pace: 6.5 },
  ];
  // The long run takes what's left, so each week adds up to exactly `km`.
  const kmOf = (i: number): number =>
    i < plan.length - 1 ? Math.round(km * plan[i]!.share * 10) / 10 : Math.round((km - kmOf(0) - kmOf(1)) * 10) / 10;
  return plan
    .map((p, i) => ({ ...p, km: kmOf(i) }))
    .filter((p) => monday + p.day * DAY_MS <= today)
    .map((p) => {
      const distanceKm = p.km;
      const durationMin = Math.round(distanceKm * p.pace);
      return {
        userId, date: iso(monday + p.day * DAY_MS), type: p.type, durationMin, distanceM: Math.round(distanceKm * 1000),
        rpe: p.rpe, load: p.rpe * durationMin, notes: "", source: "manual" as const,
      };
    });
}

/** Idempotent: a demo runner who already has sessions is left alone. */
export async function seedDemoTraining(db: Db, base: SeedBase): Promise<void> {
  const id = (email: string) => base.userIds[email]!;
  const demo = ["ria", "sam", "lee", "coach"].map((n) => id(`${n}@demo.runforward.app`));
  const existing = await db.selectDistinct({ userId: trainingSessions.userId }).from(trainingSessions).where(inArray(trainingSessions.userId, demo));
  const done = new Set(existing.map((r) => r.userId));

  const today = londonToday();
  const weekday = (new Date(today).getUTCDay() + 6) % 7;
  const thisMonday = today - weekday * DAY_MS;
  const mondayAgo = (n: number) => thisMonday - 7 * n * DAY_MS;

  // Weekly kilometres, oldest (8 weeks ago) to last week; lee has built three weeks in a row, so the down week shows.
  const plans: Record<string, number[]> = {
    "ria@demo.runforward.app": [24, 26, 20, 25, 27, 27, 22, 26],
    "sam@demo.runforward.app": [12, 0, 10, 14, 8, 12, 12, 10],
    "lee@demo.runforward.app": [24, 27, 20, 20, 20, 24, 29, 36],
    "coach@demo.runforward.app": [30, 32, 26, 30, 32, 34, 27, 30],
  };
  const rows: SessionRow[] = [];
  for (const [email, kms] of Object.entries(plans)) {
    const userId = id(email);
    if (done.has(userId)) continue;
    kms.forEach((km, i) => {
      if (km > 0) rows.push(...week(userId, mondayAgo(8 - i), km, today, i % 2 === 1));
    });
    // A walk yesterday: it counts toward the streak.
    if (today - DAY_MS >= thisMonday) {
      rows.push({ userId, date: iso(today - DAY_MS), type: "walk", durationMin: 30, distanceM: 2500, rpe: 1, load: 30, notes: "Walk by the river", source: "manual" });
    }
  }
  if (rows.length === 0) return;

  await db.transaction(async (tx) => {
    await tx.insert(trainingSessions).values(rows);
    const riaId = id("ria@demo.runforward.app");
    if (!done.has(riaId)) {
      // Ria raced a 10K five weeks ago.
      const raceDay = iso(mondayAgo(5) + 5 * DAY_MS);
      const [race] = await tx
        .insert(trainingSessions)
        .values({ userId: riaId, date: raceDay, type: "race", durationMin: 52, distanceM: 10000, rpe: 9, load: 468, notes: "Windy but happy", source: "manual" })
        .returning({ id: trainingSessions.id });
      await tx.insert(raceResults).values({
        userId: riaId, sessionId: race!.id, distance: "10k", name: "Riverside 10K", date: raceDay, timeSec: 51 * 60 + 48, recoveryTemplateKey: "post-10k-5k",
      });
      await tx.insert(goals).values([
        { userId: riaId, horizon: "next_month", title: "Three 30-minute runs a week", status: "active", shareWithCoaches: true },
        { userId: riaId, horizon: "season", title: "Run the spring half marathon feeling strong", status: "active", shareWithCoaches: true },
        { userId: riaId, horizon: "career", title: "Still running with friends at 70", status: "active" },
      ]);
    }
    const leeId = id("lee@demo.runforward.app");
    if (!done.has(leeId)) {
      await tx.insert(goals).values([
        { userId: leeId, horizon: "year", title: "First marathon", details: "Autumn, with a proper build and down weeks.", status: "active", shareWithCoaches: true },
      ]);
    }
  });
}
