import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkins, groupRuns, raceResults, recoveryBlocks, trainingSessions } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { keyset } from "@/server/domain/keyset/keyset";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// Issue 17: days PostgreSQL can't read (year 0), days shifted on the way in (BC, 1800, year +10000) and coordinates
// that make a distance NaN. Each is a BAD_REQUEST at its field, writes nothing, and is never a 500.
const t = setupTestDb();

const today = () => todayIn("UTC");
const session = { type: "easy" as const, durationMin: 40, distance: 8, rpe: 4, notes: "" };
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures", name), "utf8");

/** Cursors as the lists' own keyset codec writes them, pointing at a day no list can hold. */
const dayAndId = keyset("desc", { date: { on: sql`d`, type: "date" }, id: { on: sql`i`, type: "uuid" } });
const dayOnly = keyset("desc", { date: { on: sql`d`, type: "date" } });

async function rowsOf(userId: string) {
  const [s, r, c] = await Promise.all([
    t.db.select({ id: trainingSessions.id }).from(trainingSessions).where(eq(trainingSessions.userId, userId)),
    t.db.select({ id: raceResults.id }).from(raceResults).where(eq(raceResults.userId, userId)),
    t.db.select({ id: checkins.id }).from(checkins).where(eq(checkins.userId, userId)),
  ]);
  return s.length + r.length + c.length;
}

describe("dates the shared rule refuses (contract/dates.ts)", () => {
  it.each(["0000-01-01", "1800-01-01", "1899-12-31", "2026-02-30"])("checkins.form refuses %s at date", async (date) => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).checkins.form({ date }), "BAD_REQUEST", "date");
  });

  it.each(["0000-01-01", "-0001-01-01", "+10000-01-01"])("checkins.save refuses %s at date and writes nothing", async (date) => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).checkins.save(checkinInput({ date })), "BAD_REQUEST", "date");
    expect(await rowsOf(me.id)).toBe(0);
  });

  it.each(["0000-01-01", "1800-01-01", "+10000-01-01", "10000-01-01", "-0100-01-01", "9999-12-31"])(
    "training.log and logRace refuse %s at date and write nothing",
    async (date) => {
      const me = await makeUser(t.db);
      const api = callerFor(t.db, me);
      await expectTRPCError(api.training.log({ ...session, date }), "BAD_REQUEST", "date");
      await expectTRPCError(
        api.training.logRace({ date, distance: "5k", name: "", timeSec: 1500, measuredDistance: null, rpe: null, notes: "" }),
        "BAD_REQUEST",
        "date",
      );
      expect(await rowsOf(me.id)).toBe(0);
    },
  );

  it("still takes 1900-01-01 and today, and says which way a refused day is out", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    await api.training.log({ ...session, date: "1900-01-01" });
    await api.training.log({ ...session, date: today() });
    const early = await expectTRPCError(api.training.log({ ...session, date: "1899-12-31" }), "BAD_REQUEST", "date");
    expect(JSON.stringify(early.cause)).toContain("Enter a date from 1900 on");
    const late = await expectTRPCError(api.training.log({ ...session, date: addDays(today(), 400) }), "BAD_REQUEST", "date");
    expect(JSON.stringify(late.cause)).toContain("no more than a year from today");
  });

  it("blocks.assign and groupRuns.create refuse year 0 and years ahead, writing nothing", async () => {
    const cast = await makeClubCast(t.db);
    const coach = callerFor(t.db, cast.coach);
    for (const startDate of ["0000-01-01", "1800-01-01", addDays(today(), 400)]) {
      await expectTRPCError(
        coach.blocks.assign({ clubId: cast.club.id, athleteIds: [cast.member.id], template: "down-week", startDate, note: "", reason: "" }),
        "BAD_REQUEST",
        "startDate",
      );
    }
    for (const startsAtLocal of ["0000-01-01T08:00", "1800-01-01T08:00", "9999-12-31T08:00"]) {
      const run = { clubId: cast.club.id, title: "Hills", startsAtLocal, meetingPoint: "", paceGroups: [], notes: "" };
      await expectTRPCError(coach.groupRuns.create(run), "BAD_REQUEST", "startsAtLocal");
    }
    expect(await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.clubId, cast.club.id))).toHaveLength(0);
    expect(await t.db.select().from(groupRuns).where(eq(groupRuns.clubId, cast.club.id))).toHaveLength(0);
  });
});

describe("page cursors carrying a day the shared rule refuses", () => {
  it.each(["0000-01-01", "1800-01-01", "9999-12-31"])("blocks.history, checkins.mine, training.list and races refuse %s at cursor", async (date) => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    const withId = dayAndId.encode({ date, id: randomUUID() });
    await expectTRPCError(api.blocks.history({ cursor: withId }), "BAD_REQUEST", "cursor");
    await expectTRPCError(api.training.list({ cursor: withId }), "BAD_REQUEST", "cursor");
    await expectTRPCError(api.training.races({ cursor: withId }), "BAD_REQUEST", "cursor");
    await expectTRPCError(api.checkins.mine({ cursor: dayOnly.encode({ date }) }), "BAD_REQUEST", "cursor");
  });

  it("still pages from a cursor on an ordinary day", async () => {
    const me = await makeUser(t.db);
    const page = await callerFor(t.db, me).training.list({ cursor: dayAndId.encode({ date: today(), id: randomUUID() }) });
    expect(page.items).toEqual([]);
  });
});

describe("track files the shared rules refuse", () => {
  const gpx = fixture("easy-run.gpx");
  const tcx = fixture("easy-run.tcx");
  it.each([
    ["year 0000", (f: string) => f.replace(/2026-11-10T/g, "0000-11-10T")],
    ["a BC year", (f: string) => f.replace(/2026-11-10T/g, "-0100-11-10T")],
    ["1800", (f: string) => f.replace(/2026-11-10T/g, "1800-11-10T")],
    ["year +10000", (f: string) => f.replace(/2026-11-10T/g, "+010000-11-10T")],
    ["one point at year 0000", (f: string) => f.replace("2026-11-10T07:00:30Z", "0000-01-01T07:00:30Z")],
    ["lat=1e999", (f: string) => f.replace(/lat="51\.500900"|<LatitudeDegrees>51\.500900</, (m) => m.replace("51.500900", "1e999"))],
    ["a latitude of 91", (f: string) => f.replace(/lat="51\.500900"|<LatitudeDegrees>51\.500900</, (m) => m.replace("51.500900", "91"))],
  ])("importTrack refuses %s at file and writes nothing", async (_label, bend) => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    for (const [name, content] of [["run.gpx", bend(gpx)], ["run.tcx", bend(tcx)]] as const) {
      expect(content).not.toBe(name.endsWith("gpx") ? gpx : tcx);
      await expectTRPCError(api.training.importTrack({ fileName: name, content, type: "easy", rpe: 3 }), "BAD_REQUEST", "file");
    }
    expect(await rowsOf(me.id)).toBe(0);
  });
});
