import { eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { makeUser } from "./fixtures";

type ClubOptions = Partial<Pick<typeof clubs.$inferInsert, "privacy" | "joinPolicy" | "timeZone" | "name" | "area">>;

/** Inserts a club with the given members directly (no rate limits, no notifications) and sets its member count. */
export async function makeClub(
  db: Db,
  members: { userId: string; role?: "owner" | "coach" | "member"; status?: "pending" | "active" | "declined" | "removed" }[],
  options: ClubOptions = {},
) {
  const tag = crypto.randomUUID().slice(0, 8);
  const [club] = await db
    .insert(clubs)
    .values({ slug: `club-${tag}`, name: options.name ?? `Club ${tag}`, area: options.area ?? "Testville", privacy: "private", joinPolicy: "approval", ...options })
    .returning();
  if (members.length) {
    await db.insert(clubMembers).values(members.map((m) => ({ clubId: club!.id, userId: m.userId, role: m.role ?? "member", status: m.status ?? "active" })));
  }
  await db
    .update(clubs)
    .set({ memberCount: sql`(select count(*)::int from ${clubMembers} where ${clubMembers.clubId} = ${club!.id} and ${clubMembers.status} = 'active')` })
    .where(eq(clubs.id, club!.id));
  const [fresh] = await db.select().from(clubs).where(eq(clubs.id, club!.id));
  return fresh!;
}

/**
 * The cast every club authorization test needs, around one club (private + approval unless options say
 * otherwise):
 * - owner, coach, member: active members with those roles;
 * - pending: asked to join, not yet approved;
 * - stranger: signed in, no relation to the club;
 * - otherCoach: coach (and otherOwner owner) of a second club, `otherClub`, with no relation to `club`.
 * Signed-out callers are `callerFor(db, null)`.
 */
export async function makeClubCast(db: Db, options: ClubOptions = {}) {
  const [owner, coach, member, pending, stranger, otherCoach, otherOwner] = await Promise.all(
    ["Olive Owner", "Cole Coach", "Mia Member", "Pat Pending", "Stan Stranger", "Oscar OtherCoach", "Orla OtherOwner"].map((name) =>
      makeUser(db, { name }),
    ),
  );
  const club = await makeClub(
    db,
    [
      { userId: owner!.id, role: "owner" },
      { userId: coach!.id, role: "coach" },
      { userId: member!.id, role: "member" },
      { userId: pending!.id, role: "member", status: "pending" },
    ],
    options,
  );
  const otherClub = await makeClub(db, [
    { userId: otherOwner!.id, role: "owner" },
    { userId: otherCoach!.id, role: "coach" },
  ]);
  return { club, otherClub, owner: owner!, coach: coach!, member: member!, pending: pending!, stranger: stranger!, otherCoach: otherCoach!, otherOwner: otherOwner! };
}

export type ClubCast = Awaited<ReturnType<typeof makeClubCast>>;
/** The callers of the authorization matrix; "signedOut" means no session. */
export const CAST_ROLES = ["signedOut", "stranger", "pending", "member", "coach", "owner", "otherCoach"] as const;
export type CastRole = (typeof CAST_ROLES)[number];

export function castUser(cast: ClubCast, role: CastRole) {
  return role === "signedOut" ? null : cast[role];
}
