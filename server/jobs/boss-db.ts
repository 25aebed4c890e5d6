import type { DbOrTx } from "@/db/client";

/** The one method pg-boss asks of a database (its `db` option). */
export type BossDb = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

type PostgresJsClient = {
  unsafe: (text: string, values?: unknown[]) => Promise<unknown[]>;
  begin?: <T>(fn: (tx: PostgresJsClient) => Promise<T>) => Promise<T>;
};
type PgliteClient = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  exec?: (text: string) => Promise<{ rows: unknown[] }[]>;
  transaction?: <T>(fn: (tx: PgliteClient) => Promise<T>) => Promise<T>;
};

/**
 * pg-boss over the app's own driver, so the queue shares the app's connection (PGlite is only one) and, given a
 * drizzle transaction, runs inside it. Drizzle keeps the driver's client (pool, or the transaction's connection) on
 * its session; that field is internal, so this is the one place that reaches for it.
 */
export function bossDbOf(db: DbOrTx): BossDb {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as PostgresJsClient).unsafe === "function") return postgresJs(client as PostgresJsClient);
  if (client && typeof (client as PgliteClient).query === "function") return pglite(client as PgliteClient);
  throw new Error("bossDbOf: unknown database driver");
}

// pg (which pg-boss expects) turns undefined into NULL and a plain object into JSON text; the app's drivers want that
// done for them.
function params(values: unknown[] | undefined): unknown[] {
  return (values ?? []).map((v) =>
    v === undefined ? null
    : v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v);
}

// pg-boss's locked scripts open and commit their own transaction (BEGIN; … COMMIT;). Each driver runs the body in a
// transaction of its own instead: postgres.js allows BEGIN only that way, and if a statement fails the driver rolls
// back, where a bare script would leave the connection (PGlite's only one) inside an aborted transaction.
const SCRIPT = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/i;

function postgresJs(client: PostgresJsClient): BossDb {
  return {
    // With no parameters postgres.js uses the simple protocol, which runs several statements at once.
    executeSql: async (text, values) => {
      const body = SCRIPT.exec(text)?.[1];
      const result = body !== undefined && client.begin && !values?.length
        ? await client.begin((tx) => tx.unsafe(body))
        : await client.unsafe(text, params(values));
      // A script answers one result per statement; pg-boss only reads the last.
      const rows = result.length > 0 && Array.isArray(result[0]) ? (result.at(-1) as unknown[]) : result;
      return { rows: [...rows] };
    },
  };
}

function pglite(client: PgliteClient): BossDb {
  return {
    executeSql: async (text, values) => {
      // The extended protocol (query) takes one statement; pg-boss's scripts come without parameters, so exec them.
      if (!values?.length && client.exec) {
        const body = SCRIPT.exec(text)?.[1];
        const results = body !== undefined && client.transaction
          ? await client.transaction((tx) => tx.exec!(body))
          : await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await client.query(text, params(values))).rows };
    },
  };
}
