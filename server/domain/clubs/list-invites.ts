import { and, desc, eq, sql } from "drizzle-orm";
import { clubInvites, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { inviteState } from "./invite-token";
import { keysetPage } from "@/server/domain/keyset/keyset-page";

/** The club's invite links, newest first, with their state. Coaches and owner only; checked by the caller. */
export async function listInvites(db: DbOrTx, clubId: string, input: { cursor?: { at: string; id: string } | null | undefined; limit?: number | undefined }) {
  const limit = input.limit ?? 20;
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
      cursorAt: sql<string>`${clubInvites.createdAt}::text`,
    })
    .from(clubInvites)
    .leftJoin(users, eq(users.id, clubInvites.createdBy))
    .where(
      and(
        eq(clubInvites.clubId, clubId),
        input.cursor ? sql`(${clubInvites.createdAt}, ${clubInvites.id}) < (${input.cursor.at}::timestamptz, ${input.cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(clubInvites.createdAt), desc(clubInvites.id))
    .limit(limit + 1);
  const { items, nextCursor } = keysetPage(rows, limit);
  return { items: items.map((i) => ({ ...i, state: inviteState(i) })), nextCursor };
}
