import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DbHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number works; it keeps two instances from migrating at once.
const MIGRATION_LOCK = 72_617_001;

export async function runMigrations(handle: DbHandle): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder });
    return;
  }
  await handle.exclusive(async (db, query) => {
    await query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await migratePostgres(db as never, { migrationsFolder });
    } finally {
      await query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  });
}
