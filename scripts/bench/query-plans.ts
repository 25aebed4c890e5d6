// Query-plan check (not part of npm test): npx tsx scripts/bench/query-plans.ts
// At 1M check-ins (50 per runner, 100 runners per club, recovery blocks and recent training), it runs EXPLAIN on every
// SQL statement that feed.list, dashboard.athletes and blocks.today send, prints each plan's scans, and exits non-zero
// if any of them seq-scans a table of more than 10,000 rows. Each statement is checked twice: planned for its values
// (a custom plan) and as the generic plan a prepared statement switches to after five calls (plan_cache_mode =
// force_generic_plan), since the feed and the dashboard run as prepared statements.
// It targets loopback only, creates an rf_bench_<ms> database on the local server and drops it at the end.
//   BENCH_SIZE=100000 npx tsx scripts/bench/query-plans.ts   (smaller, quicker run)
import { callers, createSeeded, ENDPOINTS, isExplainable, load, recordingDb, runBenchmark, type Seeded } from "./scale-helpers";

const SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const BIG_TABLE_ROWS = 10_000;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

type Client = ReturnType<typeof recordingDb>["client"];

/** The plan PostgreSQL makes for the statement with these values. */
async function customPlan(client: Client, query: string, params: unknown[]): Promise<PlanNode> {
  const [row] = (await client.unsafe(`explain (format json) ${query}`, params as never[])) as unknown as [{ "QUERY PLAN": [{ Plan: PlanNode }] }];
  return row!["QUERY PLAN"][0].Plan;
}

/** A bound value as an SQL literal (the statements here bind strings, numbers, booleans, dates and nulls). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** The plan a prepared statement keeps once PostgreSQL stops planning per call (values unknown when planning). */
async function genericPlan(client: Client, query: string, params: unknown[]): Promise<PlanNode> {
  const conn = await client.reserve();
  try {
    await conn.unsafe("set plan_cache_mode = force_generic_plan");
    await conn.unsafe(`prepare rf_plan_check as ${query}`);
    // EXECUTE inside EXPLAIN takes no bound parameters: its arguments go in as literals of the types PREPARE inferred.
    const [{ types }] = (await conn.unsafe("select parameter_types::text[] as types from pg_prepared_statements where name = 'rf_plan_check'")) as unknown as [
      { types: string[] },
    ];
    const args = params.map((p, i) => `${literal(p)}::${types[i]}`).join(", ");
    const [row] = (await conn.unsafe(`explain (format json) execute rf_plan_check${params.length ? `(${args})` : ""}`)) as unknown as [
      { "QUERY PLAN": [{ Plan: PlanNode }] },
    ];
    return row!["QUERY PLAN"][0].Plan;
  } finally {
    await conn.unsafe("deallocate all");
    await conn.unsafe("reset plan_cache_mode");
    conn.release();
  }
}

/** The plan's scans, and the big tables it reads whole. */
function scansOf(plan: PlanNode, sizes: Map<string, number>) {
  const scans: string[] = [];
  const bad: string[] = [];
  const walk = (node: PlanNode) => {
    const rel = node["Relation Name"];
    if (node["Index Name"]) scans.push(`${node["Node Type"]} ${node["Index Name"]}`);
    else if (node["Node Type"] === "Seq Scan" && rel) {
      const rows = sizes.get(rel) ?? 0;
      scans.push(`Seq Scan ${rel} (~${rows.toLocaleString("en")} rows)`);
      if (rows > BIG_TABLE_ROWS) bad.push(rel);
    }
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return { scans, bad };
}

/** Records the SQL each call sends, then EXPLAINs each statement with its params. */
async function explainChecks(seeded: Seeded): Promise<boolean> {
  const { client, db, record } = recordingDb(seeded.url);
  const call = callers(db, seeded);
  const sizes = new Map<string, number>(
    ((await client`select relname, reltuples::bigint as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`) as unknown as {
      relname: string;
      n: string;
    }[]).map((r) => [r.relname, Number(r.n)]),
  );
  let ok = true;
  try {
    for (const endpoint of ENDPOINTS) {
      const statements = await record(() => call[endpoint](0));
      console.log(`  ${endpoint}: ${statements.length} statements`);
      for (const [i, { query, params }] of statements.entries()) {
        if (!isExplainable(query)) continue;
        const verb = query.trim().split(/\s+/)[0]!.toLowerCase();
        const tables = [...new Set([...query.matchAll(/(?:from|join|update|into)\s+"?([a-z_]+)/gi)].map((m) => m[1]!))]
          .filter((t) => sizes.has(t))
          .join(", ");
        for (const [kind, plan] of [["custom", await customPlan(client, query, params)], ["generic", await genericPlan(client, query, params)]] as const) {
          const { scans, bad } = scansOf(plan, sizes);
          console.log(`    ${bad.length ? "SEQ SCAN ON A BIG TABLE" : "ok"}  #${i + 1} ${verb} ${tables} (${kind}): ${scans.join("; ") || "no table scans"}`);
          if (bad.length) {
            ok = false;
            console.log(`      ${query}`);
          }
        }
      }
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return ok;
}

async function main() {
  console.log(`Query-plan check at ${SIZE.toLocaleString("en")} check-ins; load average ${load()}`);
  const seeded = await createSeeded(SIZE);
  console.log(`\nEXPLAIN checks at ${seeded.counts.checkins!.toLocaleString("en")} check-ins (seq scans flagged on tables over ${BIG_TABLE_ROWS.toLocaleString("en")} rows):`);
  const explainOk = await explainChecks(seeded);
  console.log(`EXPLAIN: ${explainOk ? "every statement uses indexes on the big tables" : "SEQ SCANS on big tables (see above)"}`);
  if (!explainOk) process.exitCode = 1;
}

runBenchmark(main);
