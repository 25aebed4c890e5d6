import { AppError } from "@/server/errors";

/** Keyset cursors for (date, id) lists: "yyyy-MM-dd_uuid". */
export function encodeDateCursor(row: { date: string; id: string }): string {
  return `${row.date}_${row.id}`;
}

export function parseDateCursor(cursor: string): { date: string; id: string } {
  const [date, id] = cursor.split("_");
  if (!date || !id || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw AppError.field("cursor", "That page link is out of date.");
  }
  return { date, id };
}
