import { and, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { AppError } from "@/server/errors";

function isRealDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < "0001-01-01") return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** Keyset cursors for (date, id) lists: "yyyy-MM-dd_uuid". */
export function encodeDateCursor(row: { date: string; id: string }): string {
  return `${row.date}_${row.id}`;
}

function parseDateCursor(cursor: string): { date: string; id: string } {
  const [date, id] = cursor.split("_");
  // A real calendar day and a well-formed uuid only: anything else would reach PostgreSQL as a failing cast (a 500).
  if (!date || !id || !isRealDay(date) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw AppError.field("cursor", "That page link is out of date.");
  }
  return { date, id };
}

/** The keyset condition for a (date desc, id desc) list: rows after the cursor's row, or all rows without a cursor. */
export function afterDateCursor(dateCol: PgColumn, idCol: PgColumn, cursor: string | null | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const after = parseDateCursor(cursor);
  return or(lt(dateCol, after.date), and(eq(dateCol, after.date), lt(idCol, after.id)));
}
