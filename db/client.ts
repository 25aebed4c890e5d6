import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { lockFolder } from "./folder-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type domain code sees, whichever driver sits underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either a database handle or an open transaction. */
export type DbOrTx = Db | Tx;

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs a raw statement and returns rows, hiding the drivers' different result shapes. */
  query: <T = Record<string, unknown>>(sqlText: string, params?: unknown[]) => Promise<T[]>;
  /** Runs fn on one dedicated connection (session-level advisory locks need that). */
  exclusive: <T>(fn: (db: Db, query: DbHandle["query"]) => Promise<T>) => Promise<T>;
  /**
   * LISTENs on a channel over one dedicated connection (postgres.js `listen`, which reconnects and listens again by
   * itself; PGlite's own `listen` on the embedded database). onListen runs each time the listen is (re)established:
   * a second call means the connection was lost in between, and notifications sent meanwhile were missed.
   * Resolves once listening, with the function that stops it.
   */
  listen: (channel: string, onPayload: (payload: string) => void, onListen?: () => void) => Promise<() => Promise<void>>;
  /**
   * Checks the database answers, over the listener's own client rather than the request pool: a pool busy with
   * requests is not an outage, and must not read as one (it would end every live stream at once).
   */
  probe: () => Promise<void>;
  close: () => Promise<void>;
};

// On globalThis, as Next may load this module more than once in one process (see server/db.ts).
const globalHandles = globalThis as unknown as { __rfDbHandles?: WeakMap<object, DbHandle> };
const handles = (globalHandles.__rfDbHandles ??= new WeakMap());

/** The handle a Db came from, for code that holds only the Db (the live hub finds its listener this way). */
export function handleOfDb(db: Db): DbHandle | undefined {
  return handles.get(db);
}

function registered(handle: DbHandle): DbHandle {
  handles.set(handle.db, handle);
  return handle;
}

export function openPostgres(url: string, poolSize = 10): DbHandle {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    // Fail fast while the server is down instead of queueing requests for ever.
    connect_timeout: 5,
    idle_timeout: 30,
    // Seconds before a connection lost to an error reconnects. The default grows with every error across the pool
    // (3^n / 100, up to 20 s), so after a restart that dropped 20 connections at once the app could sit idle for
    // seconds after the server was back; a short capped wait recovers within about a second.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  const listeners = new Set<ReturnType<typeof postgres>>();
  let newest: ReturnType<typeof postgres> | undefined;
  return registered({
    db,
    kind: "postgres",
    query: async <T,>(text: string, params: unknown[] = []) =>
      (await client.unsafe(text, params as never[])) as unknown as T[],
    exclusive: async (fn) => {
      // A client of exactly one connection: drizzle cannot wrap a reserved connection.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
      try {
        const singleDb = drizzlePostgres(single, { schema }) as unknown as Db;
        return await fn(singleDb, async <T,>(text: string, params: unknown[] = []) =>
          (await single.unsafe(text, params as never[])) as unknown as T[]);
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    listen: async (channel, onPayload, onListen) => {
      // A client of its own, so a fresh listen (after an outage) also means a fresh connection.
      const own = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5, backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) });
      const stop = async () => {
        listeners.delete(own);
        await own.end({ timeout: 1 });
      };
      listeners.add(own);
      newest = own;
      try {
        await own.listen(channel, onPayload, onListen);
      } catch (err) {
        await stop();
        throw err;
      }
      return stop;
    },
    probe: async () => {
      const via = newest && listeners.has(newest) ? newest : client;
      await via.unsafe("select 1");
    },
    close: async () => {
      await Promise.all([...listeners].map((l) => l.end({ timeout: 1 })));
      await client.end({ timeout: 5 });
    },
  });
}

/** dataDir undefined means in memory (tests). */
export async function openPglite(dataDir?: string): Promise<DbHandle> {
  const release = dataDir ? lockFolder(dataDir) : () => {};
  const client = await PGlite.create(dataDir ? path.resolve(dataDir) : undefined);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const query = async <T,>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows;
  return registered({
    db,
    kind: "pglite",
    query,
    // PGlite is a single connection already.
    exclusive: (fn) => fn(db, query),
    listen: async (channel, onPayload, onListen) => {
      const unlisten = await client.listen(channel, onPayload);
      onListen?.();
      return () => unlisten();
    },
    probe: async () => {
      await client.query("select 1");
    },
    close: async () => {
      await client.close();
      release();
    },
  });
}
