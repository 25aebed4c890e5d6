import { eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { callerFor, makeUser } from "./fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

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
 * - otherCoach: coach (and otherOwner owner) of a second club, `otherClub`, with no relation to `club`;
 * - formerMember, formerCoach: were an active member and a coach of `club`, then left it through clubs.leave.
 *   `beforeLeaving` runs while they are still in, to give them a history there (a block, a marked day).
 * Signed-out callers are `callerFor(db, null)`.
 */
export async function makeClubCast(db: Db, { beforeLeaving, ...options }: ClubOptions & { beforeLeaving?: (cast: ClubCast) => Promise<void> } = {}) {
  const [owner, coach, member, pending, stranger, otherCoach, otherOwner, formerMember, formerCoach] = await Promise.all(
    [
      "Olive Owner", "Cole Coach", "Mia Member", "Pat Pending", "Stan Stranger", "Oscar OtherCoach", "Orla OtherOwner", "Fern Former",
      "Fred FormerCoach",
    ].map((name) => makeUser(db, { name })),
  );
  const club = await makeClub(
    db,
    [
      { userId: owner!.id, role: "owner" },
      { userId: coach!.id, role: "coach" },
      { userId: member!.id, role: "member" },
      { userId: pending!.id, role: "member", status: "pending" },
      { userId: formerMember!.id, role: "member" },
      { userId: formerCoach!.id, role: "coach" },
    ],
    options,
  );
  const otherClub = await makeClub(db, [
    { userId: otherOwner!.id, role: "owner" },
    { userId: otherCoach!.id, role: "coach" },
  ]);
  const cast = {
    club, otherClub, owner: owner!, coach: coach!, member: member!, pending: pending!, stranger: stranger!, otherCoach: otherCoach!,
    otherOwner: otherOwner!, formerMember: formerMember!, formerCoach: formerCoach!,
  };
  await beforeLeaving?.(cast);
  for (const who of [cast.formerMember, cast.formerCoach]) await callerFor(db, who).clubs.leave({ clubId: club.id });
  // The club as it now stands (its member count fell).
  const [fresh] = await db.select().from(clubs).where(eq(clubs.id, club.id));
  return { ...cast, club: fresh! };
}

export type ClubCast = {
  club: typeof clubs.$inferSelect;
  otherClub: typeof clubs.$inferSelect;
} & Record<"owner" | "coach" | "member" | "pending" | "stranger" | "otherCoach" | "otherOwner" | "formerMember" | "formerCoach", User>;
/** The callers of the authorization matrix; "signedOut" means no session. */
export const CAST_ROLES = ["signedOut", "stranger", "pending", "member", "coach", "owner", "otherCoach", "formerMember", "formerCoach"] as const;
export type CastRole = (typeof CAST_ROLES)[number];

export function castUser(cast: ClubCast, role: CastRole) {
  return role === "signedOut" ? null : cast[role];
}
