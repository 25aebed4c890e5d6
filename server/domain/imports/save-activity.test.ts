import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importBatches, trainingSessions } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { getRunnerSettings } from "@/server/domain/training/runner-settings";
import { AppError } from "@/server/errors";
import { makeUser } from "@/server/test/fixtures";
import { bytes, fiveK, toFit, toGpx } from "@/server/test/fixtures-activity";
import { setupTestDb } from "@/server/test/test-db";
import { parseActivity } from "./parse-activity";
import { saveActivity } from "./save-activity";

const t = setupTestDb();

// Relative to the (possibly faked) clock, so the run is always in the past.
const START = new Date(Math.floor((Date.now() - 5 * 86_400_000) / 60_000) * 60_000);
const rowsOf = (userId: string) => t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

async function runner() {
  const user = await makeUser(t.db, { timeZone: "Pacific/Auckland", distanceUnit: "mi" });
  return { user, settings: await getRunnerSettings(t.db, user.id) };
}

describe("saveActivity, as the archive import uses it", () => {
  it("stores every run-data column, the batch, title and notes, on the day it started in the runner's zone", async () => {
    const { user, settings } = await runner();
    const [batch] = await t.db.insert(importBatches).values({ userId: user.id, kind: "archive", fileName: "export.zip" }).returning();
    const activity = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START, sport: "running", subSport: "trail" }) }, { unit: "mi" });
    const saved = await t.db.transaction((tx) =>
      saveActivity(tx, { userId: user.id, settings, activity, source: "archive", importBatchId: batch!.id, title: "Ridge loop", notes: "Muddy", rpe: 5 }),
    );
    expect(saved).toEqual({ outcome: "imported", sessionId: expect.any(String), date: todayIn("Pacific/Auckland", START) });
    const [row] = await rowsOf(user.id);
    expect(row).toMatchObject({
      type: "easy", source: "archive", importBatchId: batch!.id, title: "Ridge loop", notes: "Muddy", rpe: 5, load: 5 * 27,
      durationMin: 27, distanceM: 5000, movingSec: 1500, avgHr: activity.avgHr, maxHr: 156, elevationGainM: 20, startedAt: START,
    });
    expect(row!.splits).toEqual(activity.splits);
    expect(row!.splits).toHaveLength(4);
  });

  it("answers a copy of a run already logged (from another format) with the session it matches, and writes nothing", async () => {
    const { user, settings } = await runner();
    const fit = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START }) }, { unit: "mi" });
    const gpx = await parseActivity({ name: "a.gpx", bytes: bytes(toGpx(fiveK(), { start: new Date(START.getTime() + 30_000) })) }, { unit: "mi" });
    const first = await t.db.transaction((tx) => saveActivity(tx, { userId: user.id, settings, activity: fit, source: "fit" }));
    const second = await t.db.transaction((tx) => saveActivity(tx, { userId: user.id, settings, activity: gpx, source: "archive" }));
    expect(first.outcome).toBe("imported");
    expect(second).toEqual({
      outcome: "duplicate",
      sameAsId: first.outcome === "imported" ? first.sessionId : "",
      message: expect.stringMatching(/already in your log: the easy session on .*, 3\.11 mi\. Nothing was imported\./),
    });
    expect(await rowsOf(user.id)).toHaveLength(1);
  });

  it("takes the file's sport as the type, an easy run when the file doesn't say", async () => {
    const { user, settings } = await runner();
    const walk = await parseActivity({ name: "w.fit", bytes: toFit(fiveK(), { start: START, sport: "walking" }) }, { unit: "mi" });
    const plain = await parseActivity({ name: "p.gpx", bytes: bytes(toGpx(fiveK(), { start: new Date(START.getTime() - 86_400_000) })) }, { unit: "mi" });
    await t.db.transaction(async (tx) => {
      await saveActivity(tx, { userId: user.id, settings, activity: walk, source: "archive" });
      await saveActivity(tx, { userId: user.id, settings, activity: plain, source: "archive" });
    });
    expect((await rowsOf(user.id)).map((r) => r.type).sort()).toEqual(["easy", "walk"]);
  });

  it("refuses at file a run whose day is after the runner's today, and a rolled-back file leaves nothing", async () => {
    const { user, settings } = await runner();
    const activity = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START }) }, { unit: "mi" });
    // Saved as if it were a week earlier: the run's day is then still to come.
    const weekEarlier = new Date(START.getTime() - 7 * 86_400_000);
    const err = await t.db
      .transaction((tx) => saveActivity(tx, { userId: user.id, settings, activity, source: "archive", now: weekEarlier }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors?.file?.[0]).toMatch(/^From this file: That date is in the future/);
    await t.db
      .transaction(async (tx) => {
        await saveActivity(tx, { userId: user.id, settings, activity, source: "archive" });
        throw new Error("the next step of this file failed");
      })
      .catch(() => {});
    expect(await rowsOf(user.id)).toHaveLength(0);
  });
});
