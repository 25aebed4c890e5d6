import { describe, expect, it } from "vitest";
import { getSlumpBanner } from "@/server/domain/feed/slump-banner";
import { setupTestDb } from "@/server/test/test-db";
import { checkinShares, checkins } from "@/db/schema";
import { DEMO_CLUB, seedAccountsAndClub } from "./accounts";
import { seedDemoCheckins } from "./checkins";
import { seedDemoTraining } from "./training";

const t = setupTestDb();

describe("demo check-ins seed", () => {
  it("is idempotent and gives the demo club the 'you're not alone' banner, whatever day it runs", async () => {
    const base = await seedAccountsAndClub(t.db);
    await seedDemoTraining(t.db, base);
    await seedDemoCheckins(t.db, base);
    const counts = async () => [(await t.db.select().from(checkins)).length, (await t.db.select().from(checkinShares)).length];
    const first = await counts();
    await seedDemoCheckins(t.db, base);
    expect(await counts()).toEqual(first);

    const banner = await getSlumpBanner(t.db, { id: base.clubId, timeZone: DEMO_CLUB.timeZone });
    expect(banner.show).toBe(true);
    expect(banner.count).toBeGreaterThanOrEqual(3);
  });
});
