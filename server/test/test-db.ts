import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { allJobs } from "@/server/jobs/all-jobs";
import { installJobs } from "@/server/jobs/boss";

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
    await installJobs(handle.db, allJobs); // as the server does at start, so domain code can queue jobs
    return { ...handle, cleanup: handle.close };
  }
  const name = `rf_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const handle = openPostgres(withDatabase(serverUrl, name), 5);
  try {
    await runMigrations(handle);
    await installJobs(handle.db, allJobs);
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

/**
 * This file's (or describe block's) database: created in a beforeAll registered here and dropped in an
 * afterAll, so the test file needs no preamble of its own. The returned object is filled in when the
 * beforeAll runs: read its fields (t.db, t.query…) inside hooks and tests, not at the top level.
 * Hooks the file registers after this call run after the database exists.
 */
export function setupTestDb(): TestDb {
  const t = {} as TestDb;
  beforeAll(async () => {
    Object.assign(t, await createTestDb());
  });
  afterAll(async () => {
    await t.cleanup?.();
  });
  return t;
}
