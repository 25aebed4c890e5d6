import { AppError } from "@/server/errors";

// The cursor carries the share time as Postgres text (microseconds), so no row is skipped or repeated between pages.
export type FeedCursor = { sharedAt: string; checkinId: string };

export function encodeFeedCursor(c: FeedCursor): string {
  return Buffer.from(`${c.sharedAt}|${c.checkinId}`).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function decodeFeedCursor(raw: string): FeedCursor {
  const [sharedAt, checkinId, extra] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !sharedAt || !checkinId || !TIMESTAMP.test(sharedAt) || !UUID.test(checkinId)) {
    throw AppError.field("cursor", "Invalid page cursor");
  }
  return { sharedAt, checkinId };
}
