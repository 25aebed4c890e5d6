// Sums a V8 .cpuprofile (from `node --cpu-prof`) into Markdown tables: self time by function, self time by package
// (or bundle chunk), and the inclusive time of call paths that match the given patterns (a frame counted once per
// sample, however deep the recursion). Reads only the file given; prints to stdout.
//   npx tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top=25] [pattern …]
//   e.g. … CPU.cpuprofile 25 'next-auth|@auth/core|jose' superjson 'drizzle-orm' 'zod'
import { readFileSync } from "node:fs";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** node_modules/<pkg> (scoped too), a bundle chunk's file name, node's own code, or V8's pseudo-frames. */
export function packageOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith("node:")) return "node (built-in)";
  const chunk = /\.next[^/]*\/server\/(.+)$/.exec(url);
  if (chunk) return `bundle: ${chunk[1]}`;
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

const label = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${packageOf(f)}:${f.lineNumber + 1}`;

export function summarise(profile: Profile, patterns: RegExp[]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfByNode = new Map<number, number>();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const inclusive = patterns.map(() => 0);
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfByNode) {
    const frame = byId.get(id)!.callFrame;
    total += us;
    if (frame.functionName === "(idle)") idle += us;
    byFunction.set(label(frame), (byFunction.get(label(frame)) ?? 0) + us);
    byPackage.set(packageOf(frame), (byPackage.get(packageOf(frame)) ?? 0) + us);
    // Walk to the root once; each pattern counts this sample's time at most once.
    const hit = patterns.map(() => false);
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const text = `${f.functionName} ${f.url}`;
      patterns.forEach((p, i) => {
        if (!hit[i] && p.test(text)) hit[i] = true;
      });
    }
    hit.forEach((h, i) => {
      if (h) inclusive[i]! += us;
    });
  }
  return { total, idle, byFunction, byPackage, inclusive };
}

function table(title: string, rows: [string, number][], busy: number, top: number) {
  const lines = [`| ${title} | ms | share of busy CPU |`, "|---|---:|---:|"];
  for (const [name, us] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`| ${name.replace(/\|/g, "\\|")} | ${(us / 1000).toFixed(0)} | ${((100 * us) / busy).toFixed(1)} % |`);
  }
  return lines.join("\n");
}

function main() {
  const [file, topArg, ...patternArgs] = process.argv.slice(2);
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top] [pattern …]");
  const top = Number(topArg ?? 25);
  const patterns = patternArgs.map((p) => new RegExp(p));
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const s = summarise(profile, patterns);
  const busy = s.total - s.idle;
  console.log(`Profile ${file}: ${(s.total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (not idle)\n`);
  console.log(table("package or chunk (self time)", [...s.byPackage].filter(([k]) => k !== "(idle)"), busy, top));
  console.log();
  console.log(table("function (self time)", [...s.byFunction].filter(([k]) => !k.startsWith("(idle)")), busy, top));
  if (patterns.length) {
    console.log();
    console.log(table("call paths through (inclusive)", patterns.map((p, i) => [`/${p.source}/`, s.inclusive[i]!]), busy, patterns.length));
  }
}

if (process.argv[1] && /profile-summary\.ts$/.test(process.argv[1])) main();
