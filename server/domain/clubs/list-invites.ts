import { and, desc, eq } from "drizzle-orm";
import { clubInvites, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { inviteState } from "./invite-token";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";

const invitePages = keyset("desc", { at: { on: clubInvites.createdAt, type: "timestamp" }, id: { on: clubInvites.id, type: "uuid" } });

/** The club's invite links, newest first, with their state. Coaches and owner only; checked by the caller. */
export async function listInvites(db: DbOrTx, clubId: string, input: { cursor?: string | null | undefined; limit?: number | undefined }) {
  const limit = input.limit ?? 20;
  const after = invitePages.after(input.cursor);
  const rows = await db
    .select({
      id: clubInvites.id,
      label: clubInvites.label,
      tokenHint: clubInvites.tokenHint,
      expiresAt: clubInvites.expiresAt,
      maxUses: clubInvites.maxUses,
      uses: clubInvites.uses,
      revokedAt: clubInvites.revokedAt,
      createdAt: clubInvites.createdAt,
      createdByName: users.name,
      cursorAt: cursorAt(clubInvites.createdAt),
    })
    .from(clubInvites)
    .leftJoin(users, eq(users.id, clubInvites.createdBy))
    .where(and(eq(clubInvites.clubId, clubId), after))
    .orderBy(desc(clubInvites.createdAt), desc(clubInvites.id))
    .limit(limit + 1);
  const { items, nextCursor } = invitePages.page(rows, limit, (i) => ({ at: i.cursorAt, id: i.id }));
  return { items: items.map((i) => ({ ...i, state: inviteState(i) })), nextCursor };
}
