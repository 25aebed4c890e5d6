// The write ledger: every write the server acknowledged, checked against the database after the run.
import { and, inArray } from "drizzle-orm";
import { openPostgres, type Db } from "@/db/client";
import { checkins, comments, reactions } from "@/db/schema";

export type Ledger = {
  /** The last acknowledged check-in note per user and day: key "user|date" (a run may cross midnight). */
  checkinNotes: Map<string, string>;
  /** The last acknowledged state of each reaction toggle: key "checkin|club|user|kind" -> active. */
  reactions: Map<string, boolean>;
  commentIds: Set<string>;
};

export function newLedger(): Ledger {
  return { checkinNotes: new Map(), reactions: new Map(), commentIds: new Set() };
}

/** Every acknowledged write must be in the database. Returns the number missing. */
export async function verifyLedger(databaseUrl: string, ledger: Ledger): Promise<number> {
  const handle = openPostgres(databaseUrl, 2);
  const db: Db = handle.db;
  let missing = 0;
  const keys = [...ledger.checkinNotes.keys()].map((k) => k.split("|") as [string, string]);
  const userIds = [...new Set(keys.map(([u]) => u))];
  const dates = [...new Set(keys.map(([, d]) => d))];
  const rows = userIds.length
    ? await db.select({ userId: checkins.userId, date: checkins.date, note: checkins.note }).from(checkins).where(and(inArray(checkins.userId, userIds), inArray(checkins.date, dates)))
    : [];
  const notes = new Map(rows.map((r) => [`${r.userId}|${r.date}`, r.note]));
  for (const [key, note] of ledger.checkinNotes) if (notes.get(key) !== note) missing++;
  const commentIds = [...ledger.commentIds];
  for (let i = 0; i < commentIds.length; i += 1000) {
    const chunk = commentIds.slice(i, i + 1000);
    const found = await db.select({ id: comments.id }).from(comments).where(inArray(comments.id, chunk));
    missing += chunk.length - found.length;
  }
  const present = new Set(
    (await db.select({ c: reactions.checkinId, club: reactions.clubId, u: reactions.userId, k: reactions.kind }).from(reactions)).map(
      (r) => `${r.c}|${r.club}|${r.u}|${r.k}`,
    ),
  );
  for (const [key, active] of ledger.reactions) if (present.has(key) !== active) missing++;
  console.log(
    `acknowledged writes checked: ${ledger.checkinNotes.size} check-ins, ${ledger.commentIds.size} comments, ${ledger.reactions.size} reaction states -> missing ${missing}`,
  );
  await handle.close();
  return missing;
}
