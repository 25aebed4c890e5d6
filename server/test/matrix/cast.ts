import { clubMembers, clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { makeUser } from "../fixtures";

export const CALLERS = ["signedOut", "stranger", "pending", "member", "coach", "owner", "otherCoach"] as const;
export type CallerKind = (typeof CALLERS)[number];

export type Cast = {
  users: Record<Exclude<CallerKind, "signedOut">, { id: string; email: string; name: string }>;
  /** A private club with an approval policy: owner, coach, member and a pending member. */
  club: { id: string; slug: string };
  /** Another club, whose coach must see nothing of `club`. */
  otherClub: { id: string; slug: string };
};

/** The seven kinds of caller every procedure is checked against. */
export async function makeCast(db: Db): Promise<Cast> {
  const [stranger, pending, member, coach, owner, otherCoach, otherOwner] = await Promise.all(
    ["stranger", "pending", "member", "coach", "owner", "otherCoach", "otherOwner"].map((n) => makeUser(db, { name: `Cast ${n}` })),
  );
  const tag = Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36);
  const [club] = await db
    .insert(clubs)
    .values({ slug: `matrix-${tag}`, name: "Matrix Club", privacy: "private", joinPolicy: "approval", timeZone: "Europe/London", memberCount: 3 })
    .returning({ id: clubs.id, slug: clubs.slug });
  const [otherClub] = await db
    .insert(clubs)
    .values({ slug: `other-${tag}`, name: "Other Club", privacy: "private", joinPolicy: "approval", memberCount: 2 })
    .returning({ id: clubs.id, slug: clubs.slug });
  await db.insert(clubMembers).values([
    { clubId: club!.id, userId: owner!.id, role: "owner", status: "active" },
    { clubId: club!.id, userId: coach!.id, role: "coach", status: "active" },
    { clubId: club!.id, userId: member!.id, role: "member", status: "active" },
    { clubId: club!.id, userId: pending!.id, role: "member", status: "pending" },
    { clubId: otherClub!.id, userId: otherOwner!.id, role: "owner", status: "active" },
    { clubId: otherClub!.id, userId: otherCoach!.id, role: "coach", status: "active" },
  ]);
  return {
    users: { stranger: stranger!, pending: pending!, member: member!, coach: coach!, owner: owner!, otherCoach: otherCoach! },
    club: club!,
    otherClub: otherClub!,
  };
}
