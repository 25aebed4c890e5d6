// The load scenario shared by the load and fault scripts: a seeded world, virtual users, and the write ledger.
import { hash } from "@node-rs/argon2";
import { and, eq, inArray } from "drizzle-orm";
import { EASY_HEART_RATES, LEGS_FEELS, REACTION_KINDS, type MemberRole } from "@/contract/values";
import { openPostgres, type Db } from "@/db/client";
import { checkins, clubMembers, clubs, comments, reactions, users } from "@/db/schema";
import { saveCheckin } from "@/server/domain/checkins/save-checkin";
import { HttpError, percentile, Session } from "./http-client";

export const PASSWORD = "load-test-password";
const CLUB_SIZE = 50;

export type World = {
  users: { id: string; email: string; clubId: string; role: MemberRole }[];
  clubIds: string[];
};

function today(): string {
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

export type Ledger = {
  /** The last acknowledged note of today's check-in, per user id. */
  checkinNotes: Map<string, string>;
  /** The last acknowledged state of each reaction toggle: key "checkin|club|user|kind" -> active. */
  reactions: Map<string, boolean>;
  commentIds: Set<string>;
};

export type Stats = {
  latencies: Map<string, number[]>;
  ok: number;
  errors: Map<string, number>;
  /** Failures that carried the "try again" message (expected while the database is down). */
  cleanFailures: number;
  failureSamples: string[];
};

export function newStats(): Stats {
  return { latencies: new Map(), ok: 0, errors: new Map(), cleanFailures: 0, failureSamples: [] };
}

type FeedPage = { items: { checkinId: string }[] };

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

/** One signed-in virtual user: loops over a weighted mix of actions until the deadline. */
export async function runVirtualUser(session: Session, user: World["users"][number], index: number, deadline: number, ledger: Ledger, stats: Stats, thinkMs: number) {
  let feedItems: string[] = [];
  let step = 0;
  while (Date.now() < deadline) {
    step++;
    const roll = (index * 31 + step * 17) % 100;
    const isCoach = user.role !== "member";
    let action: string;
    let call: () => Promise<unknown>;
    if (roll < 10) {
      action = "checkins.save";
      const note = `load ${user.id.slice(0, 8)} step ${step}`;
      call = async () => {
        await session.mutate("checkins.save", checkinInput(today(), user.clubId, note, index + step));
        ledger.checkinNotes.set(user.id, note);
      };
    } else if (roll < 25 && feedItems.length) {
      action = "feed.react";
      const checkinId = feedItems[step % feedItems.length]!;
      const kind = REACTION_KINDS[step % REACTION_KINDS.length]!;
      call = async () => {
        const result = await session.mutate<{ active: boolean }>("feed.react", { clubId: user.clubId, checkinId, kind });
        ledger.reactions.set(`${checkinId}|${user.clubId}|${user.id}|${kind}`, result.active);
      };
    } else if (roll < 33 && feedItems.length) {
      action = "feed.addComment";
      const checkinId = feedItems[(step * 7) % feedItems.length]!;
      call = async () => {
        const comment = await session.mutate<{ id: string }>("feed.addComment", { clubId: user.clubId, checkinId, body: `You've got this (${step})` });
        ledger.commentIds.add(comment.id);
      };
    } else if (roll < 65) {
      action = "feed.list";
      call = async () => {
        const page = await session.query<FeedPage>("feed.list", { clubId: user.clubId, limit: 20 });
        feedItems = page.items.map((i) => i.checkinId);
      };
    } else if (roll < 82) {
      action = "page /today";
      call = () => session.page("/today");
    } else if (isCoach) {
      action = "dashboard.athletes";
      call = () => session.query("dashboard.athletes", { clubId: user.clubId, limit: 50 });
    } else {
      action = "blocks.today";
      call = () => session.query("blocks.today");
    }
    const started = performance.now();
    try {
      await call();
      const list = stats.latencies.get(action) ?? [];
      list.push(performance.now() - started);
      stats.latencies.set(action, list);
      stats.ok++;
    } catch (err) {
      const message = (err as Error).message;
      if (err instanceof HttpError && /try again/i.test(message)) stats.cleanFailures++;
      else stats.errors.set(action, (stats.errors.get(action) ?? 0) + 1);
      if (stats.failureSamples.length < 8) stats.failureSamples.push(`${action}: ${message}`);
    }
    if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + ((index + step) % 10) / 10)));
  }
}

export function printStats(stats: Stats, seconds: number) {
  const all = [...stats.latencies.values()].flat().sort((a, b) => a - b);
  const errorCount = [...stats.errors.values()].reduce((a, b) => a + b, 0);
  console.log(`\nrequests ok: ${stats.ok}   errors: ${errorCount}   clean "try again" failures: ${stats.cleanFailures}`);
  console.log(`throughput: ${(stats.ok / seconds).toFixed(1)} req/s`);
  console.log(`latency all: p50 ${percentile(all, 50).toFixed(1)} ms   p95 ${percentile(all, 95).toFixed(1)} ms   p99 ${percentile(all, 99).toFixed(1)} ms`);
  for (const [action, list] of [...stats.latencies].sort()) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`  ${action.padEnd(20)} n=${String(sorted.length).padStart(6)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms`);
  }
  for (const [action, n] of stats.errors) console.log(`  errors in ${action}: ${n}`);
  for (const sample of stats.failureSamples) console.log(`  sample failure: ${sample}`);
  return errorCount;
}

/** Every acknowledged write must be in the database. Returns the number missing. */
export async function verifyLedger(databaseUrl: string, ledger: Ledger): Promise<number> {
  const handle = openPostgres(databaseUrl, 2);
  const db: Db = handle.db;
  let missing = 0;
  const userIds = [...ledger.checkinNotes.keys()];
  const rows = userIds.length
    ? await db.select({ userId: checkins.userId, note: checkins.note }).from(checkins).where(and(inArray(checkins.userId, userIds), eq(checkins.date, today())))
    : [];
  const notes = new Map(rows.map((r) => [r.userId, r.note]));
  for (const [userId, note] of ledger.checkinNotes) if (notes.get(userId) !== note) missing++;
  const commentIds = [...ledger.commentIds];
  for (let i = 0; i < commentIds.length; i += 1000) {
    const chunk = commentIds.slice(i, i + 1000);
    const found = await db.select({ id: comments.id }).from(comments).where(inArray(comments.id, chunk));
    missing += chunk.length - found.length;
  }
  const present = new Set(
    (await db.select({ c: reactions.checkinId, club: reactions.clubId, u: reactions.userId, k: reactions.kind }).from(reactions)).map(
      (r) => `${r.c}|${r.club}|${r.u}|${r.k}`,
    ),
  );
  for (const [key, active] of ledger.reactions) if (present.has(key) !== active) missing++;
  console.log(
    `acknowledged writes checked: ${ledger.checkinNotes.size} check-ins, ${ledger.commentIds.size} comments, ${ledger.reactions.size} reaction states -> missing ${missing}`,
  );
  await handle.close();
  return missing;
}
