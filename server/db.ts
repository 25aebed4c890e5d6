import { env } from "./env";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";

export type { Db, DbOrTx, DbHandle, Tx } from "@/db/client";

const globalForDb = globalThis as unknown as { __rfDb?: Promise<DbHandle> };

/**
 * The app's one database, opened lazily (so `next build` never touches it) and kept on
 * globalThis because Next loads this module separately for instrumentation, pages and routes.
 */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__rfDb ??= (async () => {
    const config = env();
    const handle = config.DATABASE_URL
      ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_SIZE)
      : await openPglite(config.RF_DATA_DIR);
    await runMigrations(handle);
    return handle;
  })();
  globalForDb.__rfDb.catch(() => {
    globalForDb.__rfDb = undefined;
  });
  return globalForDb.__rfDb;
}

export async function getDb() {
  return (await getDbHandle()).db;
}
