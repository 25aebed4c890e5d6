import { isCursorTimestamp, isUuid } from "@/server/domain/keyset/cursor-parts";
import { AppError } from "@/server/errors";

// The page cursor of the feed (share time, check-in id) and of its comments (created time, comment id), in keysetPage's
// shape. The time is Postgres text (microseconds), so no row is skipped or repeated between pages.
export type FeedCursor = { at: string; id: string };

export function encodeFeedCursor(c: FeedCursor): string {
  return Buffer.from(`${c.at}|${c.id}`).toString("base64url");
}

/** Only the exact shape encodeFeedCursor hands out, so PostgreSQL never sees a timestamp or id it can't read. */
export function decodeFeedCursor(raw: string): FeedCursor {
  const [at, id, extra] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !at || !id || !isCursorTimestamp(at) || !isUuid(id)) {
    throw AppError.field("cursor", "Invalid page cursor");
  }
  return { at, id };
}
