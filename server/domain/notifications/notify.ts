import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type NewNotification = {
  userId: string;
  /** e.g. "club.join_approved", "feed.reaction", "block.assigned". */
  kind: string;
  title: string;
  body?: string;
  href?: string | null;
};

/** Inserts notifications in one statement; pass a transaction so they land with the change they report. */
export async function notify(db: DbOrTx, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await db.insert(notifications).values(
    items.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })),
  );
}
