// checkins.today, the Today page's summary card: the runner's check-in for today in their own time zone, found in one
// round trip on the app's clock, whichever side of UTC the zone is.
import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

describe("checkins.today", () => {
  it.each(["Pacific/Kiritimati", "Etc/GMT+12", "UTC"])("is the check-in of the runner's own today in %s, not a neighbouring day's", async (timeZone) => {
    const runner = await makeUser(t.db, { timeZone });
    const api = callerFor(t.db, runner);
    const today = todayIn(timeZone);
    expect(await api.checkins.today()).toEqual({ today, checkin: null });

    await api.checkins.save(checkinInput({ date: addDays(today, -1), note: "yesterday" }));
    expect((await api.checkins.today()).checkin).toBeNull();

    const saved = await api.checkins.save(checkinInput({ date: today, mood: 6 }));
    const card = await api.checkins.today();
    expect(card.today).toBe(today);
    expect(card.checkin).toMatchObject({ id: saved.id, date: today, verdict: saved.verdict, reasons: saved.reasons });
  });

  it("is another runner's nothing: each sees only their own", async () => {
    const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
    await callerFor(t.db, a).checkins.save(checkinInput());
    expect((await callerFor(t.db, a).checkins.today()).checkin).not.toBeNull();
    expect((await callerFor(t.db, b).checkins.today()).checkin).toBeNull();
  });
});
