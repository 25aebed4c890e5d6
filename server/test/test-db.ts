import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";

export type TestDb = DbHandle & { cleanup: () => Promise<void> };

/** The PostgreSQL server to test against, if any; otherwise tests use an in-memory PGlite. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh, migrated database of this test file's own, so runs never see each other's data. */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const handle = await openPglite();
    await runMigrations(handle);
    return { ...handle, cleanup: handle.close };
  }
  const name = `rf_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const handle = openPostgres(withDatabase(serverUrl, name), 5);
  try {
    await runMigrations(handle);
  } catch (err) {
    await handle.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    throw err;
  }
  return {
    ...handle,
    cleanup: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
