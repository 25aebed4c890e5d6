// Command-line options shared by load-test.ts and instances.ts (node:util parseArgs; every number checked).
import { parseArgs } from "node:util";
import type { ArrivalKind } from "./arrivals";
import type { SearchOptions } from "./open-loop";

const SEARCH_FLAGS = {
  users: { type: "string" },
  start: { type: "string" },
  step: { type: "string" },
  max: { type: "string" },
  resolution: { type: "string" },
  "step-seconds": { type: "string" },
  warmup: { type: "string" },
  p95: { type: "string" },
  arrivals: { type: "string" },
} as const;

export function parseCli<T extends Record<string, { type: "string" | "boolean" }>>(extra: T) {
  return parseArgs({ options: { ...SEARCH_FLAGS, ...extra }, allowPositionals: true, strict: true });
}

export function numberFlag(values: Record<string, unknown>, name: string, fallback: number, min = 0, max = Infinity): number {
  const raw = values[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}; got ${String(raw)}`);
  return value;
}

export function searchOptions(values: Record<string, unknown>): SearchOptions {
  const arrivals = (values.arrivals ?? "poisson") as ArrivalKind;
  if (arrivals !== "poisson" && arrivals !== "even") throw new Error(`--arrivals must be poisson or even; got ${String(arrivals)}`);
  return {
    start: numberFlag(values, "start", 10, 1, 5000),
    step: numberFlag(values, "step", 10, 1, 5000),
    max: numberFlag(values, "max", 400, 1, 5000),
    resolution: numberFlag(values, "resolution", 5, 1, 1000),
    stepSeconds: numberFlag(values, "step-seconds", 20, 1, 600),
    warmupSeconds: numberFlag(values, "warmup", 10, 0, 600),
    targetP95Ms: numberFlag(values, "p95", 300, 1, 60_000),
    kind: arrivals,
  };
}
