// Starts `next start` against a fresh PostgreSQL database for load and fault scripts, and tears both down.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function waitForHealth(baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${baseUrl} did not become healthy`);
}

export async function createDatabase(prefix = "rf_bench"): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString(), 2);
  await runMigrations(handle);
  await handle.close();
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Builds the app when its sources changed. A failed build exits the process at once, so call this before creating
 * databases, or they outlive the script.
 */
export async function ensureBuilt(): Promise<string> {
  const root = process.cwd();
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
  const { buildIfNeeded } = (await import(path.join(root, "scripts", "build-if-needed.mjs"))) as {
    buildIfNeeded: (root: string, distDir: string) => void;
  };
  buildIfNeeded(root, distDir);
  return distDir;
}

export type StartedServer = { baseUrl: string; child: ChildProcess; stop: () => Promise<void>; uncaughtExceptions: () => number };

/** `env` adds settings for this instance only (e.g. TRUST_PROXY behind a balancer, a shared AUTH_SECRET). */
export async function startAppServer(databaseUrl: string, port = 3190, poolSize = 20, env: Record<string, string> = {}): Promise<StartedServer> {
  const root = process.cwd();
  const distDir = await ensureBuilt();
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, DATABASE_POOL_SIZE: String(poolSize), RF_SEED_DEMO: "0", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // The server's log still reaches the console; exceptions that escaped every handler are counted on the way.
  let uncaught = 0;
  child.stderr!.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    uncaught += chunk.toString().split("uncaughtException").length - 1;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, 60_000);
  return {
    baseUrl,
    child,
    uncaughtExceptions: () => uncaught,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
    },
  };
}
