import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const TRUST_PROXY_HINT = "must be a whole number of proxy hops: 0 (the default) when clients connect directly, or how many proxies sit in front";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  RF_DATA_DIR: z.string().min(1).default("./.data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  RF_SEED_DEMO: z.enum(["0", "1"]).default("0"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // The benchmark-only routes (server/bench/) answer only when this is exactly 1.
  RF_BENCH_ROUTES: z.string().optional().transform((value) => value === "1"),
  // How many proxies in front of the app append to X-Forwarded-For (server/http/client-address.ts). 0: clients connect
  // directly and the header is ignored, since anyone can send it.
  TRUST_PROXY: z.coerce
    .number({ error: TRUST_PROXY_HINT })
    .int(TRUST_PROXY_HINT)
    .min(0, TRUST_PROXY_HINT)
    .max(10, "at most 10 proxy hops")
    .default(0),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

/** Thrown at start-up so the message names every bad setting. */
export class ConfigError extends Error {}

function blankToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key];
    out[key] = value === undefined || value.trim() === "" ? undefined : value;
  }
  return out;
}

// A zero-setup start must not fail for want of a secret: keep one in a git-ignored file.
function localSecret(): string {
  const file = path.resolve(process.cwd(), ".auth-secret");
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? localSecret() };
}

const globalForEnv = globalThis as unknown as { __rfEnv?: Env };

export function env(): Env {
  globalForEnv.__rfEnv ??= parseEnv(process.env);
  return globalForEnv.__rfEnv;
}
