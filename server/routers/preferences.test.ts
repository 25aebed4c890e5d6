import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { PreferencesInput } from "@/contract/preferences";
import { notificationPreferences, users } from "@/db/schema";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const base: PreferencesInput = { switches: [], checkinReminder: null, quietHours: null, digestFrequency: "daily" };
const cell = (prefs: Awaited<ReturnType<ReturnType<typeof callerFor>["preferences"]["get"]>>, topic: string, channel: string) =>
  prefs.topics.find((x) => x.topic === topic)?.channels.find((c) => c.channel === channel)?.enabled;

describe("notification preferences", () => {
  it("starts from defaults that fit the kind: a block assigned emails, a reaction doesn't, digests never reach the bell", async () => {
    const me = await makeUser(t.db);
    const prefs = await callerFor(t.db, me).preferences.get();
    expect(cell(prefs, "blocks", "email")).toBe(true);
    expect(cell(prefs, "reactions", "email")).toBe(false);
    expect(cell(prefs, "digests", "email")).toBe(true);
    expect(cell(prefs, "digests", "in_app")).toBeUndefined();
    expect(prefs).toMatchObject({ checkinReminder: null, quietHours: null, digestFrequency: "daily" });
  });

  it("saves switches, reminder time, quiet hours and digest, storing only the choices that differ from the default", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    const saved = await caller.preferences.update({
      switches: [
        { topic: "reactions", channel: "push", enabled: true },
        { topic: "blocks", channel: "email", enabled: true }, // the default: nothing stored
        { topic: "threads", channel: "email", enabled: false },
      ],
      checkinReminder: "07:30",
      quietHours: { from: "22:00", to: "06:45" },
      digestFrequency: "weekly",
    });
    expect(cell(saved, "reactions", "push")).toBe(true);
    expect(cell(saved, "threads", "email")).toBe(false);
    expect(saved).toMatchObject({ checkinReminder: "07:30", quietHours: { from: "22:00", to: "06:45" }, digestFrequency: "weekly" });
    const [row] = await t.db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ checkinReminderMin: 450, quietStartMin: 1320, quietEndMin: 405 });
    const stored = await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, me.id));
    expect(stored.map((s) => `${s.topic}/${s.channel}=${s.enabled}`).sort()).toEqual(["reactions/push=true", "threads/email=false"]);

    // Switching back to the default removes the override; a switch not sent keeps its value.
    const back = await caller.preferences.update({ ...base, switches: [{ topic: "reactions", channel: "push", enabled: false }] });
    expect(cell(back, "reactions", "push")).toBe(false);
    expect(cell(back, "threads", "email")).toBe(false);
    expect(back).toMatchObject({ checkinReminder: null, quietHours: null });
    expect(await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, me.id))).toHaveLength(1);
  });

  it("keeps each user's preferences their own", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    await callerFor(t.db, me).preferences.update({ ...base, switches: [{ topic: "clubs", channel: "email", enabled: false }] });
    expect(cell(await callerFor(t.db, other).preferences.get(), "clubs", "email")).toBe(true);
  });

  it.each([
    ["a time that isn't HH:MM", { checkinReminder: "7.30" }, "checkinReminder"],
    ["an hour past 23", { checkinReminder: "24:00" }, "checkinReminder"],
    ["quiet hours that end when they start", { quietHours: { from: "22:00", to: "22:00" } }, "quietHours.to"],
    ["an unknown digest", { digestFrequency: "hourly" }, "digestFrequency"],
    ["a switch set twice", { switches: [{ topic: "reactions", channel: "push", enabled: true }, { topic: "reactions", channel: "push", enabled: false }] }, "switches"],
    ["a channel the topic doesn't use", { switches: [{ topic: "digests", channel: "push", enabled: true }] }, "switches"],
  ])("refuses %s at its field and changes nothing", async (_what, patch, field) => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    await caller.preferences.update({ ...base, checkinReminder: "08:00" });
    await expectTRPCError(caller.preferences.update({ ...base, ...patch } as never), "BAD_REQUEST", field);
    expect((await caller.preferences.get()).checkinReminder).toBe("08:00");
  });

  it("is for signed-in users only", async () => {
    await expectTRPCError(callerFor(t.db, null).preferences.get(), "UNAUTHORIZED");
  });
});
