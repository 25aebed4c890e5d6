import { AppError } from "@/server/errors";

// The cursor carries the share time as Postgres text (microseconds), so no row is skipped or repeated between pages.
export type FeedCursor = { sharedAt: string; checkinId: string };

export function encodeFeedCursor(c: FeedCursor): string {
  return Buffer.from(`${c.sharedAt}|${c.checkinId}`).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/** A "YYYY-MM-DDTHH:MM:SS.ffffffZ" that names a real instant (no 30 February), so PostgreSQL can always read it. */
export function isCursorTimestamp(at: string): boolean {
  const m = TIMESTAMP.exec(at);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
}

export function decodeFeedCursor(raw: string): FeedCursor {
  const [sharedAt, checkinId, extra] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !sharedAt || !checkinId || !isCursorTimestamp(sharedAt) || !UUID.test(checkinId)) {
    throw AppError.field("cursor", "Invalid page cursor");
  }
  return { sharedAt, checkinId };
}
