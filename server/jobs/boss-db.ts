import type { DbOrTx } from "@/db/client";

/** The one method pg-boss asks of a database (its `db` option). */
export type BossDb = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

type PostgresJsClient = {
  unsafe: (text: string, values?: unknown[]) => Promise<unknown[]>;
  reserve?: () => Promise<PostgresJsClient & { release: () => void }>;
};
type PgliteClient = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  exec?: (text: string) => Promise<{ rows: unknown[] }[]>;
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

function postgresJs(client: PostgresJsClient): BossDb {
  return {
    // With no parameters postgres.js uses the simple protocol, which runs pg-boss's multi-statement scripts.
    executeSql: async (text, values) => {
      const result = await onOneConnection(client, text, (c) => c.unsafe(text, params(values)));
      // A script answers one result per statement; pg-boss only reads the last.
      const rows = result.length > 0 && Array.isArray(result[0]) ? (result.at(-1) as unknown[]) : result;
      return { rows: [...rows] };
    },
  };
}

// pg-boss's locked scripts open their own transaction (BEGIN … COMMIT), which postgres.js allows only on a reserved
// connection, never on the pool.
async function onOneConnection<T>(client: PostgresJsClient, text: string, fn: (c: PostgresJsClient) => Promise<T>): Promise<T> {
  if (!client.reserve || !/^\s*BEGIN\b/i.test(text)) return fn(client);
  const reserved = await client.reserve();
  try {
    return await fn(reserved);
  } finally {
    reserved.release();
  }
}

function pglite(client: PgliteClient): BossDb {
  return {
    executeSql: async (text, values) => {
      // The extended protocol (query) takes one statement; pg-boss's scripts come without parameters, so exec them.
      if ((!values || values.length === 0) && client.exec) {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await client.query(text, params(values))).rows };
    },
  };
}
