// What the server holds: the memory of its process tree (/proc/<pid>/status, Linux) and its database connections
// (pg_stat_activity), read from outside so the measurement adds nothing to the server.
import { readFileSync } from "node:fs";
import type postgres from "postgres";
import { allProcesses, treeOf } from "../../load/proc-cpu";

export type Memory = { rssKb: number; anonKb: number };

function statusKb(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
}

/** VmRSS and RssAnon (the JS heap and native allocations, without mapped files) summed over `pid` and its children. */
export function memoryOf(pid: number): Memory {
  const total: Memory = { rssKb: 0, anonKb: 0 };
  for (const p of treeOf(allProcesses(), [pid])) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total.rssKb += statusKb(status, "VmRSS");
      total.anonKb += statusKb(status, "RssAnon");
    } catch {
      // exited while we looked
    }
  }
  return total;
}

/** The median of a few readings a little apart, so one GC pause or allocation burst doesn't decide the figure. */
export async function settledMemory(pid: number, readings = 5, gapMs = 400): Promise<Memory> {
  const samples: Memory[] = [];
  for (let i = 0; i < readings; i++) {
    samples.push(memoryOf(pid));
    await new Promise((r) => setTimeout(r, gapMs));
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { rssKb: mid(samples.map((s) => s.rssKb)), anonKb: mid(samples.map((s) => s.anonKb)) };
}

export type Connections = { total: number; listening: number };

/** The database's client connections, and how many of them last ran LISTEN (the live listener's connection). */
export async function connectionsTo(admin: postgres.Sql, database: string): Promise<Connections> {
  const [row] = await admin<{ total: number; listening: number }[]>`
    select count(*)::int as total, count(*) filter (where query ilike 'listen%')::int as listening
    from pg_stat_activity where datname = ${database} and backend_type = 'client backend' and pid <> pg_backend_pid()`;
  return row!;
}
