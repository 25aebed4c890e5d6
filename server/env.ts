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
  // Set by Next.js and the start scripts; "production" turns off what only the tests need (a push service on loopback).
  NODE_ENV: z.string().default("development"),
  RF_SEED_DEMO: z.enum(["0", "1"]).default("0"),
  // 0: this server runs no background jobs (run `npm run worker` somewhere instead); it still queues them.
  RF_WORKER: z.enum(["0", "1"]).default("1"),
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
  // New accounts per network address an hour. A club's launch night on one venue's Wi-Fi may need more than 20.
  SIGNUP_LIMIT_PER_HOUR: z.coerce
    .number({ error: "must be a whole number of sign-ups" })
    .int("must be a whole number of sign-ups")
    .min(1, "at least 1")
    .max(10_000, "at most 10000")
    .default(20),
  // Mail (server/mail/). Unset SMTP_URL: nothing is sent; each message is printed and written to the outbox folder.
  SMTP_URL: z
    .string()
    .refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol), "must be an smtp:// or smtps:// URL, like smtp://user:pass@mail.example.com:587")
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address, like "Run Forward <hello@example.com>" or hello@example.com')
    .default("Run Forward <no-reply@localhost>"),
  // The public address links in emails point to; defaults to this machine on PORT.
  APP_URL: z
    .string()
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), "must be an http:// or https:// URL, like https://runs.example.com")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  // Web push (server/push/vapid.ts). Both keys or neither: unset, a pair is generated once into .vapid-keys.json.
  VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{87}$/, "must be a URL-safe base64 P-256 public key (87 characters), from npx web-push generate-vapid-keys").optional(),
  VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a URL-safe base64 P-256 private key (43 characters), from npx web-push generate-vapid-keys").optional(),
  // Who push services may contact about this app's pushes; defaults to mailto: the MAIL_FROM address.
  VAPID_SUBJECT: z
    .string()
    .refine((v) => URL.canParse(v) && /^(https|mailto):$/.test(new URL(v).protocol), "must be a mailto: address or an https:// URL, like mailto:admin@example.com")
    .optional(),
}).superRefine((v, ctx) => {
  if (!v.VAPID_PUBLIC_KEY !== !v.VAPID_PRIVATE_KEY) {
    ctx.addIssue({ code: "custom", path: [v.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY"], message: "set both VAPID keys (a pair from npx web-push generate-vapid-keys) or neither" });
  }
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; APP_URL: string };

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
  return {
    ...parsed.data,
    AUTH_SECRET: parsed.data.AUTH_SECRET ?? localSecret(),
    APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}`,
  };
}

const globalForEnv = globalThis as unknown as { __rfEnv?: Env };

export function env(): Env {
  globalForEnv.__rfEnv ??= parseEnv(process.env);
  return globalForEnv.__rfEnv;
}
