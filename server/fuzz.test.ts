// Input fuzzing (issue 7, item 2): every mutation, called by a caller allowed to make it, with its valid matrix input
// bent by fast-check into random and hostile shapes. Properties: never a 500; a rejection caused by the input is a
// BAD_REQUEST with field-level messages; other rejections are only the domain answers listed below; and the database
// is exactly as it was after any rejection. Each run is rolled back, so runs never see each other's writes.
// Reproduce a failure with FUZZ_SEED=<seed printed by fast-check>.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { fieldErrorsOf } from "@/server/field-errors";
import { callerFor } from "@/server/test/fixtures";
import { mutatedInputs } from "@/server/test/fuzz/hostile";
import { MATRIX } from "@/server/test/matrix/table";
import { inputKeysOf, inRollback, invoke, listProcedures, outcomeOf } from "@/server/test/matrix/run-cell";
import { buildWorld, CALLERS, userOf, type CallerKind, type World } from "@/server/test/matrix/world";
import { setupTestDb } from "@/server/test/test-db";

const SEED = Number(process.env.FUZZ_SEED ?? 7_2026_11);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/**
 * Rejections that are not about the input's shape but about the world, for well-typed values that name nothing the
 * caller can reach (a random uuid is NOT_FOUND) or a state the domain refuses. Anything else fails the test.
 */
const DOMAIN_REJECTIONS: Record<string, string[]> = {
  // Without onExisting, an athlete already on a block is a CONFLICT at the onExisting field (replace or keep?).
  "blocks.assign": ["NOT_FOUND", "CONFLICT"],
};
const DEFAULT_DOMAIN = ["NOT_FOUND"];

// Rate-limit buckets count attempts on purpose, rejected ones included; every other table must be untouched.
const NOT_CHECKSUMMED = new Set(["rate_limit_buckets", "__drizzle_migrations"]);

const t = setupTestDb();
let w: World;
let checksumSql: string;
/** Every run is rolled back, so the database before each run is this one state. */
let baseline: string;
beforeAll(async () => {
  w = await buildWorld(t.db);
  const tables = (await t.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1"))
    .map((r) => r.name)
    .filter((n) => !NOT_CHECKSUMMED.has(n));
  // One statement: per table, its row count and an md5 of its rows in a stable order.
  checksumSql = `select ${tables
    .map((n) => `(select '${n}:' || count(*) || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') from "${n}" x)`)
    .join(" || '|' || ")} as sum`;
  baseline = await checksum(t.db);
}, 60_000);
afterAll(async () => {
  // What the runs produced per mutation, so a fuzz that only ever bounces off validation is visible.
  console.log(Object.entries(tally).map(([p, c]) => `${p}: ${JSON.stringify(c)}`).join("\n"));
});
const tally: Record<string, Record<string, number>> = {};

async function checksum(db: Db): Promise<string> {
  const res = (await db.execute(sql.raw(checksumSql))) as unknown as { rows?: { sum: string }[] } & { sum: string }[];
  return (res.rows ?? res)[0]!.sum;
}

/** The caller who may make this mutation (the matrix says "ok"), preferring a club coach. */
function allowedCaller(path: string): CallerKind {
  const order: CallerKind[] = ["coach", "member", "owner", "stranger", "pending", "otherCoach", "signedOut"];
  const who = order.find((c) => MATRIX[path]!.outcomes[CALLERS.indexOf(c)] === "ok");
  if (!who) throw new Error(`${path}: no caller may make it, so it cannot be fuzzed`);
  return who;
}

const mutations = listProcedures()
  .filter((p) => p.type === "mutation")
  .map((p) => p.path)
  .sort();
// Queries too (fewer runs): a hostile cursor or search must not be a 500 either.
const queries = listProcedures()
  .filter((p) => p.type === "query" && MATRIX[p.path]?.input)
  .map((p) => p.path)
  .sort();
const QUERY_RUNS = Math.max(10, Math.round((NUM_RUNS * 2) / 3));

describe("fuzzing every mutation", () => {
  it("notices a write: the checksum changes when a valid mutation succeeds", async () => {
    const { extra } = await inRollback(t.db, async (tx) => {
      const before = await checksum(tx);
      await invoke(callerFor(tx, w.cast.member), "goals.create", MATRIX["goals.create"]!.input!(w, "member"));
      return [before, await checksum(tx)];
    });
    expect(extra![0]).not.toBe(extra![1]);
  });

  it("finds mutations to fuzz, each with a matrix row", () => {
    expect(mutations.length).toBeGreaterThan(30);
    expect(mutations.filter((p) => !MATRIX[p])).toEqual([]);
  });

  it.each(mutations.map((p, i) => [p, i] as const))("%s", (path, index) => fuzz(path, SEED + index, NUM_RUNS));
});

describe("fuzzing every query that takes input", () => {
  it.each(queries.map((p, i) => [p, i] as const))("%s", (path, index) => fuzz(path, SEED + 1000 + index, QUERY_RUNS));
});

/** Runs the properties for one procedure, called by a caller the matrix allows, from its valid input. */
async function fuzz(path: string, seed: number, numRuns: number) {
  const who = allowedCaller(path);
  const valid = MATRIX[path]!.input?.(w, who);
  const allowed = DOMAIN_REJECTIONS[path] ?? DEFAULT_DOMAIN;
  await fc.assert(
    fc.asyncProperty(mutatedInputs(valid, inputKeysOf(path)), async (input) => {
      const { result, extra } = await inRollback(t.db, async (tx) => {
        const call = await invoke(callerFor(tx, userOf(w, who)), path, input).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        // A failed statement aborts the transaction, so the checksum can't run; the call's own error says why.
        const after = call.ok ? baseline : await checksum(tx).catch((e: unknown) => `unreadable: ${String(e).slice(0, 200)}`);
        return { call, after };
      });
      if (!result.ok) throw new Error(`the harness failed: ${outcomeOf(result)}`);
      const { call, after } = extra!;
      const seen = (tally[path] ??= {});
      const label = call.ok ? "ok" : outcomeOf({ ok: false, error: call.error });
      seen[label] = (seen[label] ?? 0) + 1;
      if (call.ok) return;
      const error = call.error;
      if (!(error instanceof TRPCError)) throw new Error(`threw a non-tRPC error: ${String(error)}`);
      if (error.code === "INTERNAL_SERVER_ERROR") throw new Error(`500: ${error.message}`);
      if (error.code === "BAD_REQUEST") {
        const fields = fieldErrorsOf(error) ?? {};
        if (Object.keys(fields).length === 0) throw new Error(`BAD_REQUEST without field errors: ${error.message}`);
        for (const [field, messages] of Object.entries(fields)) {
          if (!messages.length || messages.some((m) => typeof m !== "string" || !m.trim())) throw new Error(`empty message for ${field}`);
        }
      } else if (!allowed.includes(error.code)) {
        throw new Error(`unexpected ${error.code} (allowed: BAD_REQUEST, ${allowed.join(", ")}): ${error.message}`);
      }
      if (after !== baseline) throw new Error(`rejected with ${error.code} but the database changed`);
    }),
    { seed, numRuns, endOnFailure: true },
  ).catch((err: unknown) => {
    // fast-check's own report (seed, path, counterexample) is the cause; this says how to replay the whole file.
    throw new Error(`${path}: fuzzing failed; replay with FUZZ_SEED=${SEED} (this procedure's seed is ${seed})`, { cause: err });
  });
}
