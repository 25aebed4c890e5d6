import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";

/**
 * Statements built once per database handle and key, and reused: drizzle's query building happens on the first call
 * only, and a named prepared statement lets postgres.js parse it once per connection (later calls send just the
 * values). Keyed by the handle itself, because a prepared statement runs on its handle's connection: an open
 * transaction gets its own (so the statement runs inside the transaction), and the entries go when the handle does.
 * The key, if any (a filter, a page size), must come from a small validated set: nothing is ever evicted.
 */
export function preparedPerDb<T, K = undefined>(
  build: (db: DbOrTx, key: K) => T,
): (db: DbOrTx, ...key: K extends undefined ? [] : [K]) => T {
  const built = new WeakMap<DbOrTx, Map<K, T>>();
  return (db, ...[key]) => {
    let byKey = built.get(db);
    if (!byKey) built.set(db, (byKey = new Map()));
    let statement = byKey.get(key as K);
    if (statement === undefined) byKey.set(key as K, (statement = build(db, key as K)));
    return statement;
  };
}

/**
 * A page size written into the SQL instead of bound: with `limit $n` PostgreSQL's generic plan assumes a tenth of the
 * table, so a prepared statement is re-planned on every call; with the number in the text it keeps one plan. drizzle's
 * `.limit()` binds numbers, but takes SQL as it is, hence the cast.
 */
export function literalLimit(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > 1000) throw new RangeError(`page size ${n} out of range`);
  return sql.raw(String(n)) as unknown as number;
}

// The app's drizzle instances use the default dialect (no casing option), so one plain dialect renders their SQL alike.
const dialect = new PgDialect();

/** A raw statement (`sql\`…\``, values as `sql.placeholder`) prepared under `name`; `execute(values)` runs it. */
export function prepareRaw(db: DbOrTx, name: string, statement: SQL) {
  return db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false);
}

/** The rows of a raw statement's result: postgres.js returns them as an array, PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
