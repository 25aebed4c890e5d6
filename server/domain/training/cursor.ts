import { and, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { isCalendarDate } from "@/server/domain/days";
import { isUuid } from "@/server/domain/keyset/cursor-parts";
import { AppError } from "@/server/errors";

/** Keyset cursors for (date, id) lists: "yyyy-MM-dd_uuid". */
export function encodeDateCursor(row: { date: string; id: string }): string {
  return `${row.date}_${row.id}`;
}

function parseDateCursor(cursor: string): { date: string; id: string } {
  const [date, id] = cursor.split("_");
  // A real calendar day and a well-formed uuid only: anything else would reach PostgreSQL as a failing cast (a 500).
  if (!date || !id || !isCalendarDate(date) || !isUuid(id)) {
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
