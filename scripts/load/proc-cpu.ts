// CPU time per process from /proc/<pid>/stat (Linux): utime + stime, in seconds. Processes that exit between two
// readings lose their share, so read them while they run.
import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

export type ProcStat = { pid: number; comm: string; ppid: number; cpuTicks: number };

/** Parses one /proc/<pid>/stat line. The name is in parentheses and may hold spaces or ")", so read from the last ")". */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) throw new Error(`not a /proc stat line: ${line.slice(0, 60)}`);
  const rest = line.slice(close + 2).split(" "); // rest[0] is field 3 (state)
  const utime = Number(rest[11]); // field 14
  const stime = Number(rest[12]); // field 15
  return { pid: Number(line.slice(0, open).trim()), comm: line.slice(open + 1, close), ppid: Number(rest[1]), cpuTicks: utime + stime };
}

let ticksPerSecond: number | undefined;
export function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Every process readable now. */
export function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      out.push(parseProcStat(readFileSync(`/proc/${entry}/stat`, "utf8")));
    } catch {
      // exited while we looked
    }
  }
  return out;
}

/** The given roots and all their descendants, from one snapshot (next start may run its server in a child). */
export function treeOf(procs: ProcStat[], roots: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid) || !procs.some((p) => p.pid === pid)) continue;
    seen.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return [...seen];
}

/** CPU seconds the given pids used between two snapshots; a pid missing from `before` started meanwhile and counts in full. */
export function cpuSecondsBetween(before: ProcStat[], after: ProcStat[], pids: number[]): number {
  const start = new Map(before.map((p) => [p.pid, p.cpuTicks]));
  let ticks = 0;
  for (const p of after) if (pids.includes(p.pid)) ticks += p.cpuTicks - (start.get(p.pid) ?? 0);
  return ticks / clockTicks();
}
