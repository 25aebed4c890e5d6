import { openPostgres, type DbHandle } from "@/db/client";
import { testServerUrl } from "@/server/test/test-db";

/**
 * Tests: a second app instance's view of the test database. On PostgreSQL, a pool of its own on the same database,
 * as a second server would have; PGlite is one process's only, so there the "second instance" shares the handle.
 */
export async function secondInstance(t: DbHandle): Promise<DbHandle & { own: boolean }> {
  const serverUrl = testServerUrl();
  if (t.kind === "pglite" || !serverUrl) return { ...t, own: false, close: async () => {} };
  const [row] = await t.query<{ name: string }>("select current_database() as name");
  const url = new URL(serverUrl);
  url.pathname = `/${row!.name}`;
  return { ...openPostgres(url.toString(), 3), own: true };
}
