// Club access beyond the one access matrix (server/access-matrix.test.ts holds every procedure x caller cell):
// what a public club shows an outsider inside an answer that is allowed.
import { describe, expect, it } from "vitest";
import { groupRuns } from "@/db/schema";
import { makeClubCast } from "@/server/test/club-fixtures";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

describe("a public club", () => {
  it("shows who is going only to members", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public" });
    const [run] = await t.db
      .insert(groupRuns)
      .values({ clubId: cast.club.id, createdBy: cast.coach.id, title: "Tempo Tuesday", startsAt: new Date(Date.now() + 86_400_000) })
      .returning();
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: run!.id, status: "going" });
    for (const outsider of [cast.stranger, cast.formerMember]) {
      const seen = await callerFor(t.db, outsider).groupRuns.byId({ clubId: cast.club.id, runId: run!.id });
      expect(seen.people).toBeNull();
      expect(seen.rsvpCounts.going).toBe(1);
    }
    const inside = await callerFor(t.db, cast.member).groupRuns.byId({ clubId: cast.club.id, runId: run!.id });
    expect(inside.people?.map((p) => p.name)).toEqual([cast.member.name]);
  });
});
