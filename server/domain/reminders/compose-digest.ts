import { and, count, eq, inArray } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { daysBetween } from "@/server/domain/days";
import { getDashboard } from "@/server/domain/dashboard/get-dashboard";

/** "Stopped checking in": no check-in shared with the club for this many days. */
export const STOPPED_CHECKING_IN_DAYS = 7;
/** The most athletes one club's section looks at (the dashboard's neediest first). */
const DIGEST_ATHLETES_PER_CLUB = 200;

export type DigestSection = { club: string; slug: string; flagged: string[]; stopped: string[]; pending: number; compliance: string[] };

/**
 * What a coach's digest says about each club they coach, from the dashboard's own statement: athletes flagged in
 * the period (reset, hold back, burnout, training on a rest day), athletes who stopped checking in, pending join
 * requests, and compliance on current blocks.
 */
export async function composeDigest(db: DbOrTx, coachId: string, periodDays: number): Promise<DigestSection[]> {
  const coached = await db
    .select({ id: clubs.id, name: clubs.name, slug: clubs.slug })
    .from(clubMembers)
    .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
    .where(and(eq(clubMembers.userId, coachId), eq(clubMembers.status, "active"), inArray(clubMembers.role, ["coach", "owner"])));
  if (coached.length === 0) return [];
  const pending = await db
    .select({ clubId: clubMembers.clubId, n: count() })
    .from(clubMembers)
    .where(and(inArray(clubMembers.clubId, coached.map((c) => c.id)), eq(clubMembers.status, "pending")))
    .groupBy(clubMembers.clubId);
  const sections: DigestSection[] = [];
  for (const club of coached) {
    const { rows } = await getDashboard(db, club.id, { limit: DIGEST_ATHLETES_PER_CLUB });
    const recent = (d: string | null) => d !== null && daysBetween(d, rows[0]?.today ?? d) < periodDays;
    sections.push({
      club: club.name,
      slug: club.slug,
      flagged: rows
        .filter((r) => (recent(r.lastCheckinDate) && (r.verdict === "reset" || r.verdict === "hold_back" || r.burnoutFlag)) || r.overdoing)
        .map((r) => `${r.name}: ${r.burnoutFlag ? "burnout flag" : r.overdoing ? "training on a rest day" : r.verdict === "reset" ? "needs a reset" : "hold back"}`),
      stopped: rows.filter((r) => r.daysSinceCheckin !== null && r.daysSinceCheckin >= STOPPED_CHECKING_IN_DAYS).map((r) => `${r.name} (${r.daysSinceCheckin} days)`),
      pending: Number(pending.find((p) => p.clubId === club.id)?.n ?? 0),
      compliance: rows
        .filter((r) => r.block && r.block.compliance !== null)
        .map((r) => `${r.name} on ${r.block!.name}: ${Math.round(r.block!.compliance! * 100)}%`),
    });
  }
  return sections;
}

/** The digest as paragraphs; empty when there is nothing to tell. */
export function digestParagraphs(sections: DigestSection[]): string[] {
  return sections.flatMap((s) => {
    const lines = [
      s.flagged.length ? `Newly flagged: ${s.flagged.join("; ")}.` : null,
      s.stopped.length ? `Stopped checking in: ${s.stopped.join("; ")}.` : null,
      s.pending ? `${s.pending} join ${s.pending === 1 ? "request" : "requests"} waiting.` : null,
      s.compliance.length ? `On a block: ${s.compliance.join("; ")}.` : null,
    ].filter((l): l is string => l !== null);
    return lines.length ? [`${s.club}`, ...lines] : [];
  });
}
