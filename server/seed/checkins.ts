import { and, eq, inArray } from "drizzle-orm";
import { addDays, todayIn } from "@/server/domain/days";
import { assessReadiness, type CheckinSignals, type PastCheckin } from "@/server/domain/readiness";
import type { Db } from "@/db/client";
import { checkinShares, checkins, comments, reactions, trainingSessions, users } from "@/db/schema";
import type { SeedBase } from "./accounts";

type Visibility = "private" | "coaches" | "clubs";
type Day = { ago: number; signals: Partial<CheckinSignals>; note?: string; visibility: Visibility };

const calm: CheckinSignals = {
  mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 3, motivation: 5,
  legs: "normal", easyEffortHarder: false, easyHeartRate: "normal", warmupFeel: null,
};
const slump: Partial<CheckinSignals> = { mood: 2, energy: 2, soreness: 6, sleepQuality: 4, legs: "heavy", easyHeartRate: "higher", easyEffortHarder: true };

// The demo club runs on London time.
const londonToday = () => todayIn("Europe/London");

/** Three weeks per runner; sam slides into a slump over the last five days, ria and lee have a rough day today. */
function plan(who: "coach" | "ria" | "sam" | "lee"): Day[] {
  const days: Day[] = [];
  for (let ago = 20; ago >= 0; ago--) {
    if (ago % 5 === 3) continue; // nobody checks in every single day
    const vis: Visibility = ago % 3 === 0 ? "clubs" : ago % 3 === 1 ? "coaches" : "private";
    if (who === "coach") {
      if (ago % 2 === 0) days.push({ ago, signals: { legs: "responsive", energy: 6, warmupFeel: "smooth" }, visibility: "private" });
    } else if (who === "sam" && ago <= 4) {
      days.push({
        ago,
        signals: slump,
        visibility: ago % 2 === 0 ? "clubs" : "coaches",
        note: ago === 0 ? "Another flat one. Easy 5k felt like a tempo and my legs were concrete from the first mile." : ago === 2 ? "Slept nine hours and still woke up wrecked. Not sure what's going on." : undefined,
      });
    } else if ((who === "ria" || who === "lee") && ago === 0) {
      days.push({
        ago,
        signals: who === "ria" ? { legs: "heavy", easyEffortHarder: true, mood: 3 } : { legs: "heavy", easyHeartRate: "higher", energy: 3 },
        visibility: "clubs",
        note: who === "ria" ? "Heavy legs on the river loop today. Taking it easy, honestly a bit fed up." : "HR way up on an easy jog. Calling it a short one.",
      });
    } else {
      const good = (ago + who.length) % 4 === 0;
      days.push({
        ago,
        signals: good ? { legs: "responsive", energy: 6, warmupFeel: "smooth", mood: 6 } : {},
        visibility: vis,
        note: ago % 6 === 0 ? (good ? "Felt smooth on the hills, could have kept going." : "Steady week, nothing dramatic.") : undefined,
      });
    }
  }
  return days;
}

/** Demo check-ins for the demo runners over the last three weeks, with verdicts from the readiness rules. Idempotent. */
export async function seedDemoCheckins(db: Db, base: SeedBase): Promise<void> {
  const today = londonToday();
  const byEmail = (name: string) => base.userIds[`${name}@demo.runforward.app`]!;
  const people = (["coach", "ria", "sam", "lee"] as const).map((who) => ({ who, id: byEmail(who) }));
  const ids = people.map((p) => p.id);
  const sessions = await db
    .select({
      userId: trainingSessions.userId, date: trainingSessions.date, durationMin: trainingSessions.durationMin, rpe: trainingSessions.rpe,
      type: trainingSessions.type, distanceM: trainingSessions.distanceM,
    })
    .from(trainingSessions)
    .where(inArray(trainingSessions.userId, ids));

  for (const { who, id } of people) {
    const past: PastCheckin[] = [];
    const rows: (typeof checkins.$inferInsert)[] = [];
    for (const day of plan(who)) {
      const date = addDays(today, -day.ago);
      const signals = { ...calm, ...day.signals };
      const r = assessReadiness({ date, today: signals, recentCheckins: past, sessions: sessions.filter((s) => s.userId === id && s.date <= date) });
      past.push({ ...signals, date, verdict: r.verdict });
      rows.push({
        userId: id, date, ...signals, note: day.note ?? "", visibility: day.visibility, verdict: r.verdict, reasons: r.reasons,
        burnoutFlag: r.burnoutFlag, wellnessIndex: r.wellnessIndex, loadRatio: r.loadRatio,
        createdAt: new Date(`${date}T07:${String(10 + ids.indexOf(id) * 7).padStart(2, "0")}:00Z`),
      });
    }
    const inserted = await db
      .insert(checkins)
      .values(rows)
      .onConflictDoNothing({ target: [checkins.userId, checkins.date] })
      .returning({ id: checkins.id, visibility: checkins.visibility, createdAt: checkins.createdAt });
    const shared = inserted.filter((c) => c.visibility === "clubs");
    if (shared.length) {
      await db
        .insert(checkinShares)
        .values(shared.map((c) => ({ clubId: base.clubId, checkinId: c.id, userId: id, sharedAt: c.createdAt })))
        .onConflictDoNothing();
    }
    if (who === "sam") await db.update(users).set({ lastCheckinVisibility: "clubs", lastCheckinClubIds: [base.clubId] }).where(eq(users.id, id));
  }

  // The club answers sam's latest post: a cheer from the coach, "been there" and a word from ria.
  const [samToday] = await db
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(eq(checkins.userId, byEmail("sam")), eq(checkins.date, today)));
  if (samToday) {
    await db
      .insert(reactions)
      .values([
        { checkinId: samToday.id, clubId: base.clubId, userId: byEmail("coach"), kind: "cheer" },
        { checkinId: samToday.id, clubId: base.clubId, userId: byEmail("ria"), kind: "been_there" },
      ])
      .onConflictDoNothing();
    const existing = await db.select({ id: comments.id }).from(comments).where(eq(comments.checkinId, samToday.id));
    if (existing.length === 0) {
      await db.insert(comments).values([
        { checkinId: samToday.id, clubId: base.clubId, authorId: byEmail("ria"), body: "Been there last spring. Rest really is training. We'll save you a spot on Saturday's easy loop." },
        { checkinId: samToday.id, clubId: base.clubId, authorId: byEmail("coach"), body: "Thanks for being honest, Sam. Let's talk about a reset week." },
      ]);
    }
  }
}
