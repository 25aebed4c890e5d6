import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { invoke } from "@/server/test/matrix/run-cell";
import { MATRIX } from "@/server/test/matrix/table";
import { buildWorld, userOf, type World } from "@/server/test/matrix/world";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
let w: World;
beforeAll(async () => {
  w = await buildWorld(t.db);
});

// Bookkeeping tables that a create touches without it being a second write.
const BOOKKEEPING = new Set(["idempotent_requests", "rate_limit_buckets", "__drizzle_migrations"]);

/** Row counts of every application table, so a test sees every row a create writes, notifications included. */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await t.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (BOOKKEEPING.has(name)) continue;
    const [row] = await t.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

function diff(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, n] of Object.entries(after)) if (n !== before[name]) out[name] = n - (before[name] ?? 0);
  return out;
}

/** The same run a day later, so a third, honest import is not refused as a duplicate of the first. */
function dayLater(input: unknown): unknown {
  const i = input as { content: string };
  return { ...i, content: i.content.replace(/2026-11-10T/g, "2026-11-11T") };
}

// Every create path, with the caller who may use it (the matrix gives valid inputs).
const CREATES: { path: string; as: "member" | "coach"; another?: (input: unknown) => unknown }[] = [
  { path: "feed.addComment", as: "member" },
  { path: "clubs.create", as: "member", another: () => MATRIX["clubs.create"]!.input!(w, "member") },
  { path: "groupRuns.create", as: "coach" },
  { path: "goals.create", as: "member" },
  { path: "training.log", as: "member" },
  { path: "training.importTrack", as: "member", another: dayLater },
  { path: "training.logRace", as: "member" },
  { path: "invites.create", as: "coach" },
  { path: "templates.create", as: "coach" },
  { path: "blocks.assign", as: "coach" },
];

describe("every create writes once per idempotency key", () => {
  for (const { path, as, another } of CREATES) {
    it(`${path}: two identical requests in parallel make one create, and both get its answer`, async () => {
      const api = callerFor(t.db, userOf(w, as));
      const input = MATRIX[path]!.input!(w, as) as Record<string, unknown>;
      const idempotencyKey = randomUUID();

      const before = await rowCounts();
      const [first, second] = await Promise.all([invoke(api, path, { ...input, idempotencyKey }), invoke(api, path, { ...input, idempotencyKey })]);
      const afterPair = await rowCounts();
      expect(second).toEqual(first);

      // One honest create with a new key writes exactly what the pair wrote together.
      await invoke(api, path, { ...((another?.(input) as Record<string, unknown>) ?? input), idempotencyKey: randomUUID() });
      const afterOne = await rowCounts();
      const pairWrote = diff(before, afterPair);
      expect(Object.keys(pairWrote).length).toBeGreaterThan(0);
      expect(pairWrote).toEqual(diff(afterPair, afterOne));
    });
  }
});

describe("idempotency keys", () => {
  const goal = { horizon: "year" as const, title: "Run a marathon", details: "", status: "active" as const, shareWithCoaches: false };

  it("answers a retry a second later with the first result and writes nothing more", async () => {
    const api = callerFor(t.db, w.cast.member);
    const idempotencyKey = randomUUID();
    const first = await api.goals.create({ ...goal, title: "Retry me", idempotencyKey });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = await rowCounts();
    const retried = await api.goals.create({ ...goal, title: "Retry me", idempotencyKey });
    expect(retried).toEqual(first);
    expect(diff(before, await rowCounts())).toEqual({});
  });

  it("refuses a key reused with other details, or for another action, and writes nothing", async () => {
    const api = callerFor(t.db, w.cast.member);
    const idempotencyKey = randomUUID();
    await api.goals.create({ ...goal, title: "Original", idempotencyKey });
    const before = await rowCounts();
    await expectTRPCError(api.goals.create({ ...goal, title: "Something else", idempotencyKey }), "CONFLICT");
    const session = MATRIX["training.log"]!.input!(w, "member") as Parameters<typeof api.training.log>[0];
    await expectTRPCError(api.training.log({ ...session, idempotencyKey }), "CONFLICT");
    expect(diff(before, await rowCounts())).toEqual({});
  });

  it("forgets a key whose create failed, so the corrected request goes through with it", async () => {
    const api = callerFor(t.db, w.cast.member);
    const idempotencyKey = randomUUID();
    const before = await rowCounts();
    await expectTRPCError(api.goals.create({ ...goal, title: "", idempotencyKey }), "BAD_REQUEST", "title");
    expect(diff(before, await rowCounts())).toEqual({});
    const created = await api.goals.create({ ...goal, title: "Fixed", idempotencyKey });
    expect(created).toMatchObject({ title: "Fixed" });
    expect(diff(before, await rowCounts())).toEqual({ goals: 1 });
  });

  it("keeps each person's keys apart: the same key from two runners makes two goals", async () => {
    const idempotencyKey = randomUUID();
    const before = await rowCounts();
    const mine = await callerFor(t.db, w.cast.member).goals.create({ ...goal, title: "Shared key", idempotencyKey });
    const theirs = await callerFor(t.db, w.cast.coach).goals.create({ ...goal, title: "Shared key", idempotencyKey });
    expect(theirs.id).not.toBe(mine.id);
    expect(diff(before, await rowCounts())).toEqual({ goals: 2 });
  });

  it("refuses a key that is not a UUID at its field", async () => {
    await expectTRPCError(callerFor(t.db, w.cast.member).goals.create({ ...goal, idempotencyKey: "not-a-uuid" }), "BAD_REQUEST", "idempotencyKey");
  });

  it("never reaches the domain: the stored goal has only its own fields", async () => {
    const created = await callerFor(t.db, w.cast.member).goals.create({ ...goal, title: "Clean", idempotencyKey: randomUUID() });
    expect(created).not.toHaveProperty("idempotencyKey");
  });
});
