import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { isAllowedDay } from "@/contract/dates";
import { AppError } from "@/server/errors";
import { isCursorTimestamp, isUuid } from "./cursor-parts";

/**
 * Keyset pagination, the one way every list pages. A list names its sort keys (in its ORDER BY order, each with a
 * type, and a direction if it differs from the list's) and gets from them:
 * - its cursor: opaque to callers, base64url JSON of the last row's key values, e.g. {"at":"2026-03-01T08:00:00.123456Z","id":"…"};
 * - `after(cursor)`: the rows past it, `(k1, k2) < ($1, $2)` descending or `>` ascending, each value cast to its key's type.
 *   A cursor this list never handed out (not base64url JSON, other keys, a value of the wrong type, a 30 February, a
 *   day outside contract/dates.ts's range) is refused at the `cursor` field, so PostgreSQL never sees a value it can't read;
 * - `page(rows, limit, positionOf)`: a `limit + 1` fetch cut into the page and the next page's cursor (null on the last).
 *
 * Timestamps go in the cursor as text with every microsecond (see `cursorAt`): a JS Date keeps only milliseconds, and
 * rows in the same millisecond would be skipped or repeated.
 */
type KeyType = "timestamp" | "date" | "uuid" | "int" | "text";
type Key = { on: SQLWrapper; type: KeyType; order?: "asc" | "desc" };
type Value<T extends KeyType> = T extends "int" ? number : string;
export type Position<K extends Record<string, Key>> = { [N in keyof K]: Value<K[N]["type"]> };

const INVALID_CURSOR = "That page link is out of date. Reload the list.";
const TEXT_MAX = 500;
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

const CASTS: Record<KeyType, (v: string | number) => SQL> = {
  timestamp: (v) => sql`${v}::timestamptz`,
  date: (v) => sql`${v}::date`,
  uuid: (v) => sql`${v}::uuid`,
  int: (v) => sql`${v}::int`,
  text: (v) => sql`${v}`,
};

function isValue(type: KeyType, v: unknown): boolean {
  if (type === "int") return Number.isInteger(v) && (v as number) >= INT_MIN && (v as number) <= INT_MAX;
  if (typeof v !== "string") return false;
  if (type === "timestamp") return isCursorTimestamp(v);
  // The shared date rule: PostgreSQL reads no year 0, and no list holds a day before 1900 or years ahead.
  if (type === "date") return isAllowedDay(v);
  if (type === "uuid") return isUuid(v);
  // PostgreSQL text can't hold a NUL, so one would be an error there, not a page.
  return v.length <= TEXT_MAX && !v.includes("\u0000");
}

/** A timestamp column as the text a cursor keeps: UTC, with all six fractional digits. Select it as `cursorAt`. */
export function cursorAt(column: SQLWrapper) {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** The keys of a list, in ORDER BY order, and the direction of the list (a key may override it). */
export function keyset<const K extends Record<string, Key>>(order: "asc" | "desc", keys: K) {
  const names = Object.keys(keys) as (keyof K & string)[];

  function encode(position: Position<K>): string {
    return Buffer.from(JSON.stringify(Object.fromEntries(names.map((n) => [n, position[n]])))).toString("base64url");
  }

  /** The position a cursor names, or null for none (the first page). */
  function decode(cursor: string | null | undefined): Position<K> | null {
    if (!cursor) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw AppError.field("cursor", INVALID_CURSOR);
    }
    const ok =
      typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) &&
      Object.keys(parsed).length === names.length &&
      names.every((n) => Object.hasOwn(parsed, n) && isValue(keys[n]!.type, (parsed as Record<string, unknown>)[n]));
    if (!ok) throw AppError.field("cursor", INVALID_CURSOR);
    return parsed as Position<K>;
  }

  /** Rows strictly past the position, in the list's order. */
  function past(position: Position<K>): SQL {
    const parts = names.map((n) => {
      const key = keys[n]!;
      return { on: key.on, value: CASTS[key.type](position[n]), desc: (key.order ?? order) === "desc" };
    });
    const op = (desc: boolean) => sql.raw(desc ? "<" : ">");
    if (parts.every((p) => p.desc === parts[0]!.desc)) {
      // One row comparison, which an index on the keys (in this order) answers directly.
      return sql`(${sql.join(parts.map((p) => p.on), sql`, `)}) ${op(parts[0]!.desc)} (${sql.join(parts.map((p) => p.value), sql`, `)})`;
    }
    // Mixed directions: k1 past v1, or k1 = v1 and the rest past theirs.
    return parts.reduceRight<SQL | null>((rest, p) => {
      const here = sql`${p.on} ${op(p.desc)} ${p.value}`;
      return rest ? sql`(${here} or (${p.on} = ${p.value} and ${rest}))` : here;
    }, null)!;
  }

  return {
    encode,
    decode,
    /** The condition for the page after `cursor`, or undefined on the first page. */
    after(cursor: string | null | undefined): SQL | undefined {
      const position = decode(cursor);
      return position ? past(position) : undefined;
    },
    /** Cuts a `limit + 1` fetch into the page (without its `cursorAt` text) and the cursor of its last row. */
    page<T extends object>(rows: T[], limit: number, positionOf: (row: T) => Position<K>) {
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => {
          const { cursorAt: _c, ...item } = row as T & { cursorAt?: unknown };
          return item as Omit<T, "cursorAt">;
        }),
        nextCursor: rows.length > limit && last ? encode(positionOf(last)) : null,
      };
    },
  };
}
