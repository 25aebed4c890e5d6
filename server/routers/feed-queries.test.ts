import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { clubMembers, clubs } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { allJobs } from "@/server/jobs/all-jobs";
import { installJobs } from "@/server/jobs/boss";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";

// A database of its own with a counting logger, to show the feed's query count does not grow with the page.
let client: PGlite;
let db: Db;
let queries = 0;
beforeAll(async () => {
  client = await PGlite.create();
  db = drizzle(client, { schema, logger: { logQuery: () => void queries++ } }) as unknown as Db;
  await runMigrations({ kind: "pglite", db } as DbHandle);
  await installJobs(db, allJobs); // comments notify, which queues their delivery
});
afterAll(async () => {
  await client?.close();
});

describe("feed.list query count", () => {
  it("is the same for pages of 1, 10 and 50 items, with reactions, comments and logged runs on them", async () => {
    const owner = await makeUser(db);
    const [club] = await db.insert(clubs).values({ slug: "q-club", name: "Q club" }).returning();
    await db.insert(clubMembers).values({ clubId: club!.id, userId: owner.id, role: "owner" });
    const today = todayIn("UTC");
    const runners = [];
    for (let i = 0; i < 5; i++) {
      const r = await makeUser(db);
      await db.insert(clubMembers).values({ clubId: club!.id, userId: r.id });
      runners.push(r);
    }
    for (let day = 0; day < 12; day++) {
      for (const r of runners) {
        const saved = await callerFor(db, r).checkins.save(
          checkinInput({
            date: addDays(today, -day),
            visibility: "clubs",
            clubIds: [club!.id],
            // Every other check-in logged a run, whose distance and pace ride along in the same query.
            session: day % 2 === 0 ? { type: "easy", durationMin: 30 + day, distance: 5 + day / 10 } : null,
          }),
        );
        if (day % 3 === 0) {
          await callerFor(db, owner).feed.react({ clubId: club!.id, checkinId: saved.id, kind: "cheer" });
          await callerFor(db, owner).feed.addComment({ clubId: club!.id, checkinId: saved.id, body: "nice" });
        }
      }
    }
    const counts: number[] = [];
    for (const limit of [1, 10, 50]) {
      queries = 0;
      const page = await callerFor(db, owner).feed.list({ clubId: club!.id, limit });
      expect(page.items).toHaveLength(limit);
      if (limit > 1) expect(page.items.filter((i) => i.run !== null).length).toBeGreaterThan(0);
      counts.push(queries);
    }
    // The membership check, then the page with its reactions, comment counts, runs and the viewer's unit.
    expect(counts).toEqual([2, 2, 2]);
  });
});
