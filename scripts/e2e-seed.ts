// The end-to-end specs' own people, clubs and check-ins (e2e/fixtures/cast.ts), created on the test server's fresh
// database before `next start` (scripts/e2e-server.mjs runs it; PGlite allows one process at a time). Dates are
// relative to today in the fixtures' zone, which is this machine's, as the browser's is.
import { inArray } from "drizzle-orm";
import { clubMembers, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { getDbHandle } from "@/server/db";
import { hashPassword } from "@/server/domain/accounts/passwords";
import { createClub } from "@/server/domain/clubs/create-club";
import { refreshMemberCount } from "@/server/domain/clubs/member-count";
import { saveCheckin } from "@/server/domain/checkins/save-checkin";
import { addDays, todayIn } from "@/server/domain/days";
import { THREADS } from "../e2e/fixtures/cast";
import { ACCOUNTS, BLOCKS, CHECKINS, CLUBS, FIXTURE_PASSWORD, NAVIGATION, RECOVERY, TRAINING, type FixtureClub, type FixturePerson } from "../e2e/fixtures/cast";

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function addPeople(db: Db, people: FixturePerson[]): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  await db
    .insert(users)
    // The specs' people count as verified, as the demo accounts do.
    .values(people.map((p) => ({ email: p.email, name: p.name, passwordHash, timeZone, emailVerifiedAt: new Date() })))
    .onConflictDoNothing({ target: users.email });
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, people.map((p) => p.email)));
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** An open public club, created by its owner through the domain, with the others as active members or coaches. */
async function addClub(db: Db, club: FixtureClub, ownerId: string, members: { userId: string; role: "coach" | "member" }[]) {
  const created = await createClub(db, ownerId, {
    ...club, description: "A club of the end-to-end tests' own.", area: "Testville", timeZone, privacy: "public", joinPolicy: "open",
  });
  if (members.length) await db.insert(clubMembers).values(members.map((m) => ({ clubId: created.id, userId: m.userId, role: m.role, status: "active" as const })));
  await refreshMemberCount(db, created.id);
  return created;
}

async function seedE2eFixtures(db: Db): Promise<void> {
  const ids = await addPeople(db, [
    ...Object.values(ACCOUNTS),
    CHECKINS.author, CHECKINS.mate, CHECKINS.outsider, ...CHECKINS.slumpers,
    BLOCKS.coach, BLOCKS.flagged, BLOCKS.onBlock,
    CLUBS.owner, CLUBS.joiner,
    TRAINING.coach, TRAINING.racer, TRAINING.goalSetter,
    THREADS.coach, THREADS.runner,
    RECOVERY.coach, RECOVERY.runner,
    NAVIGATION.runner, NAVIGATION.mate,
  ]);
  const id = (p: FixturePerson) => ids.get(p.email)!;
  const member = (p: FixturePerson) => ({ userId: id(p), role: "member" as const });

  const canal = await addClub(db, CHECKINS.club, id(CHECKINS.mate), [member(CHECKINS.author), ...CHECKINS.slumpers.map(member)]);
  const today = todayIn(timeZone);
  for (const s of CHECKINS.slumpers) {
    await saveCheckin(db, id(s), {
      date: addDays(today, -s.daysAgo), mood: 2, energy: 2, sleepQuality: 4, soreness: 5, stress: 4, motivation: 3,
      legs: "heavy", easyEffortHarder: true, easyHeartRate: "higher", note: "Flat again. Cut it short.", visibility: "clubs", clubIds: [canal.id],
    });
  }

  await addClub(db, BLOCKS.club, id(BLOCKS.coach), [member(BLOCKS.flagged), member(BLOCKS.onBlock)]);
  await addClub(db, CLUBS.club, id(CLUBS.owner), []);
  await addClub(db, TRAINING.club, id(TRAINING.coach), [member(TRAINING.racer), member(TRAINING.goalSetter)]);
  await addClub(db, THREADS.club, id(THREADS.coach), [member(THREADS.runner)]);
  await addClub(db, RECOVERY.club, id(RECOVERY.coach), [member(RECOVERY.runner)]);
  await addClub(db, NAVIGATION.club, id(NAVIGATION.mate), [member(NAVIGATION.runner)]);
}

const handle = await getDbHandle();
try {
  await seedE2eFixtures(handle.db);
  console.log(`e2e: fixtures seeded (time zone ${timeZone}, today ${todayIn(timeZone)})`);
} finally {
  await handle.close();
}
