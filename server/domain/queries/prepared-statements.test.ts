// The feed and the dashboard run prepared statements kept per database handle (prepared-per-db.ts). What a reader relies
// on: a statement built for one caller never answers with another's club or viewer, and a read inside a transaction
// runs on that transaction's connection (it sees the transaction's own writes, and they vanish with its rollback).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { comments, users } from "@/db/schema";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClubCast } from "@/server/test/club-fixtures";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

async function clubWithPost() {
  const cast = await makeClubCast(t.db);
  const post = await callerFor(t.db, cast.member).checkins.save(
    checkinInput({ note: `Post in ${cast.club.name}`, visibility: "clubs", clubIds: [cast.club.id] }),
  );
  return { cast, post };
}

class RolledBack extends Error {}

describe("prepared feed and dashboard statements", () => {
  it("answer each club and viewer with their own rows, page after page, once built", async () => {
    const a = await clubWithPost();
    const b = await clubWithPost();
    await callerFor(t.db, a.cast.owner).feed.react({ clubId: a.cast.club.id, checkinId: a.post.id, kind: "cheer" });
    for (let round = 0; round < 3; round++) {
      const feedA = await callerFor(t.db, a.cast.owner).feed.list({ clubId: a.cast.club.id, limit: 20 });
      const feedB = await callerFor(t.db, b.cast.owner).feed.list({ clubId: b.cast.club.id, limit: 20 });
      expect(feedA.items.map((i) => i.note)).toEqual([`Post in ${a.cast.club.name}`]);
      expect(feedB.items.map((i) => i.note)).toEqual([`Post in ${b.cast.club.name}`]);
      // "mine" is the viewer's own reaction: the owner's cheer, not the member's.
      expect(feedA.items[0]!.reactions.cheer).toEqual({ count: 1, mine: true });
      const asMember = await callerFor(t.db, a.cast.member).feed.list({ clubId: a.cast.club.id, limit: 20 });
      expect(asMember.items[0]!.reactions.cheer).toEqual({ count: 1, mine: false });

      const dashA = await callerFor(t.db, a.cast.coach).dashboard.athletes({ clubId: a.cast.club.id });
      const dashB = await callerFor(t.db, b.cast.coach).dashboard.athletes({ clubId: b.cast.club.id });
      expect(dashA.rows.map((r) => r.athleteId)).toEqual([a.cast.member.id]);
      expect(dashB.rows.map((r) => r.athleteId)).toEqual([b.cast.member.id]);
      expect(dashA.rows[0]!.latestCheckinId).toBe(a.post.id);
    }
  });

  it("read inside a transaction see its uncommitted writes, which are gone after its rollback", async () => {
    const { cast, post } = await clubWithPost();
    const read = async (db: Db) => {
      const feed = await callerFor(db, cast.owner).feed.list({ clubId: cast.club.id, limit: 20 });
      const dash = await callerFor(db, cast.coach).dashboard.athletes({ clubId: cast.club.id });
      return { comments: feed.items[0]?.commentCount, author: feed.items[0]?.author.name, athlete: dash.rows[0]?.name };
    };
    // Built on the handle first, so the transaction below must not borrow the handle's statements.
    const before = await read(t.db);
    expect(before).toEqual({ comments: 0, author: cast.member.name, athlete: cast.member.name });

    let inside: Awaited<ReturnType<typeof read>> | undefined;
    await expect(
      t.db.transaction(async (tx) => {
        await tx.insert(comments).values({ checkinId: post.id, clubId: cast.club.id, authorId: cast.owner.id, body: "Easy tomorrow" });
        await tx.update(users).set({ name: "Renamed Runner" }).where(eq(users.id, cast.member.id));
        inside = await read(tx as unknown as Db);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(inside).toEqual({ comments: 1, author: "Renamed Runner", athlete: "Renamed Runner" });
    expect(await read(t.db)).toEqual(before);
  });
});
