import { isCursorTimestamp, isUuid } from "@/server/domain/keyset/cursor-parts";
import { AppError } from "@/server/errors";

// The cursor carries the share time as Postgres text (microseconds), so no row is skipped or repeated between pages.
export type FeedCursor = { sharedAt: string; checkinId: string };

export function encodeFeedCursor(c: FeedCursor): string {
  return Buffer.from(`${c.sharedAt}|${c.checkinId}`).toString("base64url");
}

export function decodeFeedCursor(raw: string): FeedCursor {
  const [sharedAt, checkinId, extra] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  if (extra !== undefined || !sharedAt || !checkinId || !isCursorTimestamp(sharedAt) || !isUuid(checkinId)) {
    throw AppError.field("cursor", "Invalid page cursor");
  }
  return { sharedAt, checkinId };
}
