// The calendar feed carries the group runs the runner said they're going to, and no others.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { groupRuns } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { env } from "@/server/env";
import { makeClubCast } from "@/server/test/club-fixtures";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

/** The .ics text's events as property maps (lines unfolded per RFC 5545, parameters dropped from the names). */
function parseEvents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    }
    else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0]!;
      current[name] = line.slice(colon + 1).replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1");
    }
  }
  return events;
}

const icsTime = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

describe("calendar feed: group runs", () => {
  it("lists the runs the runner is going to, with time, place, club and link; not others', not cancelled", async () => {
    const cast = await makeClubCast(t.db, { name: "Canal Striders", timeZone: "Europe/London" });
    const coach = callerFor(t.db, cast.coach).groupRuns;
    const day = addDays(todayIn("Europe/London"), 3);
    const create = (title: string, hour: string) =>
      coach.create({ clubId: cast.club.id, title, startsAtLocal: `${day}T${hour}`, meetingPoint: "Lock 4 car park", distanceKm: 10, paceGroups: [], notes: "Bring a light", idempotencyKey: randomUUID() });
    const going = await create("Hill reps", "07:00");
    const maybe = await create("Tempo Tuesday", "18:30");
    const cancelled = await create("Dawn miles", "06:00");
    const othersOnly = await create("Long Sunday", "09:00");
    const member = callerFor(t.db, cast.member);
    await member.groupRuns.rsvp({ clubId: cast.club.id, runId: going.id, status: "going" });
    await member.groupRuns.rsvp({ clubId: cast.club.id, runId: maybe.id, status: "maybe" });
    await member.groupRuns.rsvp({ clubId: cast.club.id, runId: cancelled.id, status: "going" });
    await coach.cancel({ clubId: cast.club.id, runId: cancelled.id });
    await callerFor(t.db, cast.coach).groupRuns.rsvp({ clubId: cast.club.id, runId: othersOnly.id, status: "going" });

    const { token } = await member.blocks.rotateCalendar();
    const events = parseEvents(await callerFor(t.db, null).blocks.calendarFeed({ token }));
    const runs = events.filter((e) => e.UID?.startsWith("run-"));
    expect(runs).toHaveLength(1);
    const [run] = runs;
    const [row] = await t.db.select().from(groupRuns).where(eq(groupRuns.id, going.id));
    const url = `${env().APP_URL}/clubs/${cast.club.slug}/runs/${going.id}`;
    expect(run).toMatchObject({
      SUMMARY: "Hill reps (Canal Striders)",
      DTSTART: icsTime(row!.startsAt),
      DTEND: icsTime(new Date(row!.startsAt.getTime() + 60 * 60 * 1000)),
      LOCATION: "Lock 4 car park",
      URL: url,
    });
    expect(run!.DESCRIPTION).toContain("Bring a light");
    expect(run!.DESCRIPTION).toContain(url);

    // Once they're out of the club, its runs leave their calendar too.
    await callerFor(t.db, cast.owner).clubs.removeMember({ clubId: cast.club.id, userId: cast.member.id });
    const after = parseEvents(await callerFor(t.db, null).blocks.calendarFeed({ token }));
    expect(after.filter((e) => e.UID?.startsWith("run-"))).toHaveLength(0);
  });
});
