import { describe, expect, it } from "vitest";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { groupRunRsvps, groupRuns, notifications } from "@/db/schema";
import { seedAccountsAndClub } from "./accounts";
import { seedDemoClubs } from "./clubs";

const t = setupTestDb();

describe("demo clubs seed", () => {
  it("is idempotent: a run next Saturday with RSVPs, a past run, and a private club with a pending request", async () => {
    const base = await seedAccountsAndClub(t.db);
    await seedDemoClubs(t.db, base);
    const counts = async () =>
      [
        (await t.db.select().from(groupRuns)).length,
        (await t.db.select().from(groupRunRsvps)).length,
        (await t.db.select().from(notifications)).length,
      ];
    const first = await counts();
    await seedDemoClubs(t.db, base);
    expect(await counts()).toEqual(first);

    const ria = callerFor(t.db, { id: base.userIds["ria@demo.runforward.app"]! });
    const upcoming = await ria.groupRuns.list({ clubId: base.clubId, when: "upcoming" });
    expect(upcoming.items.map((r) => [r.title, r.myRsvp, r.rsvpCounts.going])).toEqual([["Saturday long run", "going", 2]]);
    expect((await ria.groupRuns.list({ clubId: base.clubId, when: "past" })).items).toHaveLength(1);

    const sam = callerFor(t.db, { id: base.userIds["sam@demo.runforward.app"]! });
    const dawn = await sam.clubs.bySlug({ slug: "dawn-patrol" });
    expect(dawn).toMatchObject({ privacy: "private", joinPolicy: "approval", memberCount: 2, myRole: "coach" });
    expect((await sam.clubs.pendingRequests({ clubId: dawn.id })).items.map((m) => m.name)).toEqual(["Lee Longrun"]);
    await expect(ria.clubs.bySlug({ slug: "dawn-patrol" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
