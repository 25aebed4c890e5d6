import { FolderLockedError } from "@/db/folder-lock";
import { startJobsInServer } from "@/server/jobs/start-in-server";
import { vapid } from "@/server/push/vapid";
import { seedDemoData } from "@/server/seed/index";
import { getDbHandle } from "./db";
import { ConfigError, env } from "./env";

/** Runs once when the server starts: validates config, opens (and locks) the database, migrates, seeds, starts jobs. */
export async function startServer(): Promise<void> {
  try {
    const config = env();
    // Web push keys from the settings, or (first start) generated into .vapid-keys.json and kept.
    vapid();
    const handle = await getDbHandle();
    const where = handle.kind === "pglite" ? `embedded Postgres in ${config.RF_DATA_DIR}` : "PostgreSQL (DATABASE_URL)";
    console.log(`Run Forward: database ready (${where}), migrations applied.`);
    // Before the seed: it writes through the domain, which may queue jobs.
    await startJobsInServer(handle.db, config.RF_WORKER === "1");
    if (config.RF_SEED_DEMO === "1") {
      const demo = await seedDemoData(handle.db);
      console.log("Run Forward demo accounts (password for all: " + demo.password + "):");
      for (const account of demo.accounts) console.log(`  ${account.role.padEnd(6)} ${account.email}`);
    }
  } catch (err) {
    if (err instanceof ConfigError || err instanceof FolderLockedError) {
      console.error(`\nRun Forward cannot start.\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
