// The seeded world the load scripts run against: users in clubs of 50 with a few days of shared check-ins, and their
// sign-ins. Loopback only (the sessions refuse anything else).
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { EASY_HEART_RATES, LEGS_FEELS, type MemberRole } from "@/contract/values";
import { openPostgres } from "@/db/client";
import { clubMembers, clubs, users } from "@/db/schema";
import { saveCheckin } from "@/server/domain/checkins/save-checkin";
import { Session } from "./http-client";

export const PASSWORD = "load-test-password";
const CLUB_SIZE = 50;

export type WorldUser = { id: string; email: string; clubId: string; role: MemberRole };
export type World = { users: WorldUser[]; clubIds: string[] };

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** Users in clubs of 50 (one owner, two coaches), each with a few shared check-ins so feeds and dashboards have data. */
export async function seedWorld(databaseUrl: string, userCount: number): Promise<World> {
  const handle = openPostgres(databaseUrl, 8);
  const db = handle.db;
  const passwordHash = await hash(PASSWORD);
  const run = Date.now().toString(36);
  const inserted = await db
    .insert(users)
    .values(Array.from({ length: userCount }, (_, i) => ({ email: `load-${run}-${i}@example.test`, name: `Load Runner ${i}`, passwordHash, timeZone: "UTC" })))
    .returning({ id: users.id, email: users.email });
  const clubCount = Math.ceil(userCount / CLUB_SIZE);
  const clubRows = await db
    .insert(clubs)
    .values(Array.from({ length: clubCount }, (_, i) => ({ slug: `load-${run}-${i}`, name: `Load Club ${i}`, privacy: "private" as const, joinPolicy: "approval" as const, memberCount: 0 })))
    .returning({ id: clubs.id });
  const world: World = { users: [], clubIds: clubRows.map((c) => c.id) };
  inserted.forEach((u, i) => {
    const position = i % CLUB_SIZE;
    const role = position === 0 ? "owner" : position <= 2 ? "coach" : "member";
    world.users.push({ ...u, clubId: clubRows[Math.floor(i / CLUB_SIZE)]!.id, role });
  });
  await db.insert(clubMembers).values(world.users.map((u) => ({ clubId: u.clubId, userId: u.id, role: u.role, status: "active" as const })));
  for (const club of world.clubIds) {
    const count = world.users.filter((u) => u.clubId === club).length;
    await db.update(clubs).set({ memberCount: count }).where(eq(clubs.id, club));
  }
  // History through the real domain code, so verdicts and shares are what the app would write.
  for (const day of [3, 2, 1]) {
    await Promise.all(
      world.users.map((u, i) =>
        saveCheckin(db, u.id, checkinInput(daysAgo(day), u.clubId, `history ${day} of ${i}`, i + day)),
      ),
    );
  }
  await handle.close();
  return world;
}

export function checkinInput(date: string, clubId: string, note: string, seed: number) {
  const pick = (n: number) => 1 + ((seed * 7 + n * 3) % 7);
  return {
    date,
    mood: pick(1),
    energy: pick(2),
    sleepQuality: pick(3),
    soreness: pick(4),
    stress: pick(5),
    motivation: pick(6),
    legs: LEGS_FEELS[seed % LEGS_FEELS.length]!,
    easyEffortHarder: seed % 4 === 0,
    easyHeartRate: EASY_HEART_RATES[seed % EASY_HEART_RATES.length]!,
    note,
    visibility: "clubs" as const,
    clubIds: [clubId],
  };
}

/** Signs every user in before the clock starts (a few at a time: each sign-in is a deliberate argon2 check). */
export async function signInAll(baseUrl: string, world: World, concurrency = 8): Promise<Session[]> {
  const sessions: Session[] = new Array(world.users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < world.users.length) {
        const i = next++;
        const session = new Session(baseUrl);
        await session.signIn(world.users[i]!.email, PASSWORD);
        sessions[i] = session;
      }
    }),
  );
  return sessions;
}
