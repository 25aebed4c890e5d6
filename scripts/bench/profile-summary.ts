// Sums a V8 .cpuprofile (from `node --cpu-prof`) into Markdown tables: self time by function, self time by package
// (or bundle chunk), and the inclusive time of call paths that match the given patterns (a frame counted once per
// sample, however deep the recursion). Reads only the file given; prints to stdout.
//   npx tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top=25] [pattern …]
//   e.g. … CPU.cpuprofile 25 'next-auth|@auth/core|jose' superjson 'drizzle-orm' 'zod'
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// Already installed (Tailwind's and Vitest's source-map handling); reads the .map files next build writes beside chunks.
import { AnyMap, originalPositionFor, type TraceMap } from "@jridgewell/trace-mapping";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const maps = new Map<string, TraceMap | null>();

/** Where a frame in a minified bundle chunk came from, through the chunk's source map (null without one). */
function originalSource(url: string, line: number, column: number): string | null {
  if (!maps.has(url)) {
    const file = `${url.startsWith("file:") ? fileURLToPath(url) : url}.map`;
    maps.set(url, existsSync(file) ? AnyMap(readFileSync(file, "utf8")) : null);
  }
  const map = maps.get(url);
  return map ? (originalPositionFor(map, { line: line + 1, column }).source ?? null) : null;
}

/** The frame's source file, through the chunk's source map for bundled code. */
export function sourceOf(frame: CallFrame): string {
  const url = frame.url;
  if (!/\.next[^/]*\/server\//.test(url)) return url;
  return decodeURIComponent(originalSource(url, frame.lineNumber, frame.columnNumber) ?? url);
}

/** node_modules/<pkg> (scoped too), the app's own file, node's own code, or V8's pseudo-frames; bundles mapped back. */
export function packageOf(frame: CallFrame): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const url = sourceOf(frame);
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    // A package whose own map points at ../src loses its name when Turbopack composes the maps (node_modules/src/…);
    // among this app's bundled packages only drizzle-orm and saxes ship such maps.
    if (parts[0] === "src") return /saxes|\/xml/.test(url) ? "saxes" : "drizzle-orm";
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith("node:")) return "node (built-in)";
  const chunk = /\.next[^/]*\/server\/(.+)$/.exec(url);
  if (chunk) return `bundle: ${chunk[1]}`;
  return url.replace(/^file:\/\//, "").replace(/^(\.\.\/)+/, "").replace(process.cwd() + "/", "");
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
      const text = `${f.functionName} ${sourceOf(f)}`;
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

/** The whole summary as Markdown: by package, by function, and the inclusive time of each pattern. */
export function summariseToMarkdown(profile: Profile, top: number, patterns: RegExp[]): string {
  const s = summarise(profile, patterns);
  const busy = s.total - s.idle;
  const out = [`${(s.total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (not idle)`, ""];
  out.push(table("package or chunk (self time)", [...s.byPackage].filter(([k]) => k !== "(idle)"), busy, top), "");
  out.push(table("function (self time)", [...s.byFunction].filter(([k]) => !k.startsWith("(idle)")), busy, top));
  if (patterns.length) {
    out.push("", table("call paths through (inclusive)", patterns.map((p, i) => [`/${p.source}/`, s.inclusive[i]!]), busy, patterns.length));
  }
  return out.join("\n");
}

function main() {
  const [file, topArg, ...patternArgs] = process.argv.slice(2);
  if (!file) throw new Error("usage: profile-summary.ts <file.cpuprofile> [top] [pattern …]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  console.log(`Profile ${file}:`);
  console.log(summariseToMarkdown(profile, Number(topArg ?? 25), patternArgs.map((p) => new RegExp(p))));
}

if (process.argv[1] && /profile-summary\.ts$/.test(process.argv[1])) main();
