import { TZDate } from "@date-fns/tz";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clubMembers, clubs, groupRunRsvps, groupRuns, notifications } from "@/db/schema";
import type { SeedBase } from "./accounts";

const DAY_MS = 86_400_000;

/** The next Saturday (at least a day away) at 08:00 in London, and the Saturday a week before today. */
function saturdays(now = new Date()) {
  const london = new TZDate(now, "Europe/London");
  const daysAhead = ((6 - london.getDay() + 7) % 7) || 7;
  const next = new TZDate(london.getFullYear(), london.getMonth(), london.getDate() + daysAhead, 8, 0, 0, "Europe/London");
  const last = new TZDate(london.getFullYear(), london.getMonth(), london.getDate() + daysAhead - 14, 8, 0, 0, "Europe/London");
  return { next: new Date(next.getTime()), last: new Date(last.getTime()) };
}

async function ensureRun(db: Db, values: typeof groupRuns.$inferInsert, window: { from: Date; to: Date }) {
  const [existing] = await db
    .select({ id: groupRuns.id })
    .from(groupRuns)
    .where(and(eq(groupRuns.clubId, values.clubId), eq(groupRuns.title, values.title), gte(groupRuns.startsAt, window.from), lt(groupRuns.startsAt, window.to)));
  if (existing) return existing.id;
  const [run] = await db.insert(groupRuns).values(values).returning({ id: groupRuns.id });
  return run!.id;
}

/**
 * Demo data for clubs: Riverside Runners gets a group run next Saturday (Ria going, Sam maybe) and one from
 * the week before; a private approval club, Dawn Patrol, has Sam as a coach and Lee waiting for approval.
 * Idempotent.
 */
export async function seedDemoClubs(db: Db, base: SeedBase): Promise<void> {
  const id = (who: string) => base.userIds[`${who}@demo.runforward.app`]!;
  const { next, last } = saturdays();
  const upcomingId = await ensureRun(
    db,
    {
      clubId: base.clubId,
      createdBy: id("coach"),
      title: "Saturday long run",
      startsAt: next,
      meetingPoint: "Riverside boathouse steps",
      distanceMeters: 16000,
      paceGroups: ["5:45/km", "6:30/km", "walk-run"],
      notes: "Out along the towpath and back. Coffee after at the kiosk.",
    },
    { from: new Date(Date.now()), to: new Date(next.getTime() + DAY_MS) },
  );
  await db
    .insert(groupRunRsvps)
    .values([
      { runId: upcomingId, userId: id("ria"), status: "going" },
      { runId: upcomingId, userId: id("sam"), status: "maybe" },
      { runId: upcomingId, userId: id("coach"), status: "going" },
    ])
    .onConflictDoNothing();
  const pastId = await ensureRun(
    db,
    { clubId: base.clubId, createdBy: id("coach"), title: "Saturday long run", startsAt: last, meetingPoint: "Riverside boathouse steps", distanceMeters: 14000 },
    { from: new Date(last.getTime() - DAY_MS), to: new Date(last.getTime() + DAY_MS) },
  );
  await db.insert(groupRunRsvps).values([{ runId: pastId, userId: id("ria"), status: "going" }]).onConflictDoNothing();

  await db
    .insert(clubs)
    .values({
      slug: "dawn-patrol",
      name: "Dawn Patrol",
      description: "Small, private, early. We meet before work and ask new runners to say hello first.",
      area: "Riverside",
      timeZone: "Europe/London",
      privacy: "private",
      joinPolicy: "approval",
    })
    .onConflictDoNothing({ target: clubs.slug });
  const [dawn] = await db.select({ id: clubs.id }).from(clubs).where(eq(clubs.slug, "dawn-patrol"));
  await db
    .insert(clubMembers)
    .values([
      { clubId: dawn!.id, userId: id("coach"), role: "owner", status: "active" },
      { clubId: dawn!.id, userId: id("sam"), role: "coach", status: "active" },
    ])
    .onConflictDoNothing();
  const pending = await db
    .insert(clubMembers)
    .values({ clubId: dawn!.id, userId: id("lee"), role: "member", status: "pending" })
    .onConflictDoNothing()
    .returning({ userId: clubMembers.userId });
  if (pending.length) {
    await db.insert(notifications).values(
      ["coach", "sam"].map((who) => ({
        userId: id(who),
        kind: "club.join_request",
        title: "Lee Longrun asked to join Dawn Patrol",
        body: "Approve or decline the request on the club page.",
        href: "/clubs/dawn-patrol",
      })),
    );
  }
  await db
    .update(clubs)
    .set({ memberCount: sql`(select count(*)::int from ${clubMembers} where ${clubMembers.clubId} = ${dawn!.id} and ${clubMembers.status} = 'active')` })
    .where(eq(clubs.id, dawn!.id));
}
