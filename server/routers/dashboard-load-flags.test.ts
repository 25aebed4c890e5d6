import { describe, expect, it } from "vitest";
import { clubMembers, dailyReadings } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// The coach's dashboard row carries Foster's monotony and strain flags and the resting heart rate signal, as flags.
const t = setupTestDb();
const today = () => todayIn("UTC");

async function clubWithAthlete() {
  const coach = await makeUser(t.db);
  const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }]);
  const athlete = await makeUser(t.db);
  await t.db.insert(clubMembers).values({ clubId: club.id, userId: athlete.id, role: "member", status: "active" });
  const row = async () => (await callerFor(t.db, coach).dashboard.athletes({ clubId: club.id, limit: 50 })).rows.find((r) => r.athleteId === athlete.id)!;
  return { coach, club, athlete, row };
}

describe("dashboard load flags", () => {
  it("flags a samey, heavy week, and shows nothing for an athlete with no training", async () => {
    const { athlete, row } = await clubWithAthlete();
    expect((await row()).weekLoad).toEqual({ monotony: null, strain: null, monotonyFlag: false, strainFlag: false });
    const caller = callerFor(t.db, athlete);
    for (const [i, minutes] of [60, 60, 60, 60, 60, 55, 65].entries()) {
      await caller.training.log({ date: addDays(today(), -i), type: "easy", durationMin: minutes, distance: null, rpe: 7, notes: "" });
    }
    // A session 7 days ago is outside the week.
    await caller.training.log({ date: addDays(today(), -7), type: "easy", durationMin: 200, distance: null, rpe: 9, notes: "" });
    const signals = await caller.training.signals();
    const { weekLoad } = await row();
    expect(weekLoad).toEqual({ monotony: signals.monotony, strain: signals.strain, monotonyFlag: true, strainFlag: true });
  });

  it("shows the resting heart rate signal of a check-in shared with coaches, not of a private one", async () => {
    const { club, athlete, row } = await clubWithAthlete();
    await t.db.insert(dailyReadings).values(Array.from({ length: 7 }, (_, i) => ({ userId: athlete.id, date: addDays(today(), -(i + 1)), restingHr: 54 })));
    const caller = callerFor(t.db, athlete);
    await caller.checkins.save(checkinInput({ restingHr: 62, visibility: "private" }));
    expect((await row()).restingHrSignal).toBeNull();
    await caller.checkins.save(checkinInput({ restingHr: 62, visibility: "clubs", clubIds: [club.id] }));
    expect((await row()).restingHrSignal).toBe("resting heart rate 62, 8 above your usual 54");
    await caller.checkins.save(checkinInput({ restingHr: 55, visibility: "clubs", clubIds: [club.id] }));
    expect((await row()).restingHrSignal).toBeNull();
  });
});
