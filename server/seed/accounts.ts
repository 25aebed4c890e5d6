import { hash } from "@node-rs/argon2";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clubMembers, clubs, users } from "@/db/schema";
import demo from "./demo-accounts.json";

// One list for the seed and for `npm start`, which prints it once the server answers (scripts/start.mjs).
export const DEMO_PASSWORD: string = demo.password;

export const DEMO_ACCOUNTS = demo.accounts as readonly { email: string; name: string; role: "coach" | "runner" }[];

export const DEMO_CLUB = {
  slug: "riverside-runners",
  name: "Riverside Runners",
  description: "An easy-going club for every pace. Honest check-ins, Saturday long runs and no leaderboards.",
  area: "Riverside",
  timeZone: "Europe/London",
} as const;

export type SeedBase = {
  clubId: string;
  /** Demo user ids by email. */
  userIds: Record<string, string>;
};

/** The demo accounts and the demo club, with the coach as owner. Idempotent. */
export async function seedAccountsAndClub(db: Db): Promise<SeedBase> {
  const passwordHash = await hash(DEMO_PASSWORD);
  await db
    .insert(users)
    // Demo addresses count as verified, so the demo shows the email the app would send (to the outbox when unset).
    .values(DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, passwordHash, timeZone: "Europe/London", emailVerifiedAt: new Date() })))
    .onConflictDoUpdate({ target: users.email, set: { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } });
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)));
  const idOf = (email: string) => rows.find((r) => r.email === email)!.id;

  await db.insert(clubs).values({ ...DEMO_CLUB, privacy: "public", joinPolicy: "open" }).onConflictDoNothing({ target: clubs.slug });
  const [club] = await db.select({ id: clubs.id }).from(clubs).where(eq(clubs.slug, DEMO_CLUB.slug));
  await db
    .insert(clubMembers)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        clubId: club!.id,
        userId: idOf(a.email),
        role: a.role === "coach" ? ("owner" as const) : ("member" as const),
        status: "active" as const,
      })),
    )
    .onConflictDoNothing();
  await db
    .update(clubs)
    .set({
      memberCount: sql`(select count(*) from ${clubMembers} where ${clubMembers.clubId} = ${club!.id} and ${clubMembers.status} = 'active')`,
    })
    .where(eq(clubs.id, club!.id));

  return { clubId: club!.id, userIds: Object.fromEntries(rows.map((r) => [r.email, r.id])) };
}
