import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { trainingSessions } from "@/db/schema";
import { seedAccountsAndClub } from "./accounts";
import { seedDemoTraining } from "./training";

const t = setupTestDb();

describe("demo training seed", () => {
  it("is idempotent and gives lee three building weeks, so the down week shows", async () => {
    const base = await seedAccountsAndClub(t.db);
    await seedDemoTraining(t.db, base);
    const count = async () => (await t.db.select({ id: trainingSessions.id }).from(trainingSessions)).length;
    const first = await count();
    expect(first).toBeGreaterThan(50);
    await seedDemoTraining(t.db, base);
    expect(await count()).toBe(first);

    const leeId = base.userIds["lee@demo.runforward.app"]!;
    const volume = await callerFor(t.db, { id: leeId }).training.weekly();
    expect(volume.downWeekSuggestion).not.toBeNull();
    const riaId = base.userIds["ria@demo.runforward.app"]!;
    expect((await callerFor(t.db, { id: riaId }).training.races({})).items).toHaveLength(1);
    expect(await t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, riaId))).not.toHaveLength(0);
  });
});
