import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { dailyReadings } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";

// A database of its own with a counting logger: what the verdict reads (races, block, coaches, readings) costs the same
// number of queries whether the runner has no history or weeks of it.
let client: PGlite;
let db: Db;
let queries = 0;
beforeAll(async () => {
  client = await PGlite.create();
  db = drizzle(client, { schema, logger: { logQuery: () => void queries++ } }) as unknown as Db;
  await runMigrations({ kind: "pglite", db } as DbHandle);
});
afterAll(async () => {
  await client?.close();
});

describe("checkins.save query count", () => {
  it("is the same with no history and with 4 weeks of check-ins, sessions, races and watch readings", async () => {
    const today = todayIn("UTC");
    const fresh = await makeUser(db);
    const busy = await makeUser(db);
    const caller = callerFor(db, busy);
    for (let ago = 1; ago <= 28; ago++) {
      await caller.checkins.save(checkinInput({ date: addDays(today, -ago), restingHr: 50 + (ago % 5), session: { type: "easy", durationMin: 40, distance: 8, rpe: 4 } }));
    }
    for (const ago of [3, 12, 20]) {
      await caller.training.logRace({ date: addDays(today, -ago), distance: "5k", name: "", timeSec: 1500, measuredDistance: null, rpe: null, notes: "", notifyCoaches: false });
    }
    await db.insert(dailyReadings).values(Array.from({ length: 28 }, (_, i) => ({ userId: busy.id, date: addDays(today, -(i + 1)), restingHr: 52 })));

    const counts: number[] = [];
    const saved = [];
    for (const who of [fresh, busy]) {
      queries = 0;
      saved.push(await callerFor(db, who).checkins.save(checkinInput({ restingHr: 60 })));
      counts.push(queries);
    }
    // The busy runner's verdict did read it all: the 5K three days ago, and a resting heart rate above the baseline.
    expect(saved[1]!.reasons[0]).toBe("3 days after your 5K: recovery comes first");
    expect(saved[1]!.reasons.some((r) => r.startsWith("resting heart rate 60"))).toBe(true);
    expect(saved[0]!.reasons.some((r) => r.includes("5K") || r.startsWith("resting"))).toBe(false);
    // 10 when measured (rate limit, account, history, context, the transaction's writes).
    expect(counts[1]).toBe(counts[0]);
  });
});
