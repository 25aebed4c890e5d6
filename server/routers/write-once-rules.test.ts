import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clubMembers, notifications, reactions, trainingSessions } from "@/db/schema";
import { JOIN_REQUEST_LIMIT } from "@/server/domain/clubs/join-club";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// Issue 11, "every write happens once": repeats and races of the same write leave one effect.
const t = setupTestDb();
afterEach(() => {
  vi.useRealTimers();
});

async function notesFor(userId: string, kind: string) {
  return t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

describe("reactions notify their author once", () => {
  async function sharedPost() {
    const [author, mate] = await Promise.all([makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: author.id, role: "owner" }, { userId: mate.id }], { privacy: "public" });
    const post = await callerFor(t.db, author).checkins.save(checkinInput({ visibility: "clubs", clubIds: [club.id] }));
    const react = (who: { id: string } = mate, kind: "cheer" | "been_there" | "got_this" = "been_there") =>
      callerFor(t.db, who).feed.react({ clubId: club.id, checkinId: post.id, kind });
    const reactionRows = () => t.db.select().from(reactions).where(eq(reactions.checkinId, post.id));
    return { author, mate, club, post, react, reactionRows };
  }

  it("toggled five times in a row: one reaction, one notification", async () => {
    const { author, react, reactionRows } = await sharedPost();
    for (let i = 0; i < 5; i++) await react();
    expect(await reactionRows()).toHaveLength(1);
    const notes = await notesFor(author.id, "feed.reaction");
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain('said "been there" to your check-in');
  });

  it("toggled five times at once: at most one notification, exactly one while the reaction stands", async () => {
    const { author, react, reactionRows } = await sharedPost();
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 5 }, () => react()));
      const standing = (await reactionRows()).length;
      expect(standing).toBeLessThanOrEqual(1);
      expect(await notesFor(author.id, "feed.reaction")).toHaveLength(standing);
    }
    if ((await reactionRows()).length === 0) await react();
    expect(await notesFor(author.id, "feed.reaction")).toHaveLength(1);
  });

  it("taking a reaction back removes its unread notification, but a read one stays as history", async () => {
    const { author, react } = await sharedPost();
    await react();
    await react();
    expect(await notesFor(author.id, "feed.reaction")).toEqual([]);

    await react();
    const [note] = await notesFor(author.id, "feed.reaction");
    await callerFor(t.db, author).notifications.markRead({ id: note!.id });
    await react();
    await react();
    const notes = await notesFor(author.id, "feed.reaction");
    expect(notes.map((n) => n.id)).toEqual([note!.id]);
    expect(notes[0]!.readAt).not.toBeNull();
  });

  it("counts each kind and each clubmate separately, and reacting to your own post tells nobody", async () => {
    const { author, club, react } = await sharedPost();
    const other = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: club.id, userId: other.id });
    await react(undefined, "cheer");
    await react(undefined, "got_this");
    await react(other, "cheer");
    await react(author, "cheer");
    expect(await notesFor(author.id, "feed.reaction")).toHaveLength(3);
  });
});

describe("join requests tell the coaches once a day", () => {
  async function approvalClub(timeZone = "Europe/London") {
    const [owner, coach, runner] = await Promise.all([makeUser(t.db), makeUser(t.db), makeUser(t.db, { name: "Jo Joiner" })]);
    const club = await makeClub(t.db, [{ userId: owner.id, role: "owner" }, { userId: coach.id, role: "coach" }], {
      privacy: "public",
      joinPolicy: "approval",
      timeZone,
    });
    return { owner, coach, runner, club, api: callerFor(t.db, runner).clubs };
  }

  it("eight join-and-withdraw cycles leave one notice per coach", async () => {
    const { owner, coach, club, api } = await approvalClub();
    for (let i = 0; i < 8; i++) {
      expect(await api.join({ clubId: club.id })).toEqual({ status: "pending" });
      await api.leave({ clubId: club.id });
    }
    for (const staff of [owner, coach]) {
      const notes = await notesFor(staff.id, "club.join_request");
      expect(notes).toHaveLength(1);
      expect(notes[0]!.title).toBe(`Jo Joiner asked to join ${club.name}`);
    }
    // Someone else asking is news again.
    await callerFor(t.db, await makeUser(t.db)).clubs.join({ clubId: club.id });
    expect(await notesFor(coach.id, "club.join_request")).toHaveLength(2);
  });

  it("parallel joins make one request and one notice per coach", async () => {
    const { coach, club, api } = await approvalClub();
    const results = await Promise.all(Array.from({ length: 4 }, () => api.join({ clubId: club.id })));
    expect(results.every((r) => r.status === "pending")).toBe(true);
    expect(await notesFor(coach.id, "club.join_request")).toHaveLength(1);
  });

  it("notices again on the next calendar day in the club's time zone", async () => {
    // Auckland is UTC+13 in November: 10:30 UTC is 23:30 on the 9th there, 11:30 UTC is already the 10th.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-09T10:00:00Z") });
    const { coach, club, api } = await approvalClub("Pacific/Auckland");
    const cycle = async () => {
      await api.join({ clubId: club.id });
      await api.leave({ clubId: club.id });
    };
    await cycle();
    vi.setSystemTime(new Date("2026-11-09T10:30:00Z"));
    await cycle();
    expect(await notesFor(coach.id, "club.join_request")).toHaveLength(1);
    vi.setSystemTime(new Date("2026-11-09T11:30:00Z"));
    await cycle();
    expect(await notesFor(coach.id, "club.join_request")).toHaveLength(2);
  });

  it("joins and withdrawals share a rate limit, refused with a clear TOO_MANY_REQUESTS", async () => {
    const { club, api } = await approvalClub();
    for (let i = 0; i < JOIN_REQUEST_LIMIT.limit; i++) {
      await (i % 2 === 0 ? api.join({ clubId: club.id }) : api.leave({ clubId: club.id }));
    }
    for (const call of [() => api.join({ clubId: club.id }), () => api.leave({ clubId: club.id })]) {
      const err = await expectTRPCError(call(), "TOO_MANY_REQUESTS");
      expect(err.message).toMatch(/^Too many requests to join or leave clubs in a short time\. Please wait .+ and try again\.$/);
    }
  });

  it("a refused join (invite only) doesn't use up the allowance", async () => {
    const runner = await makeUser(t.db);
    const club = await makeClub(t.db, [], { privacy: "public", joinPolicy: "invite" });
    const api = callerFor(t.db, runner).clubs;
    for (let i = 0; i <= JOIN_REQUEST_LIMIT.limit; i++) await expectTRPCError(api.join({ clubId: club.id }), "FORBIDDEN");
  });
});

describe("importing the same run twice", () => {
  const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures", name), "utf8");

  /** A straight northward track: 50 steps of `stepDeg` latitude (0.0009° is about 100 m), 30 s apart. */
  function gpxTrack(startIso: string, stepDeg = 0.0009) {
    const start = Date.parse(startIso);
    const points = Array.from({ length: 51 }, (_, i) => {
      const time = new Date(start + i * 30_000).toISOString();
      return `<trkpt lat="${(51.5 + i * stepDeg).toFixed(6)}" lon="-0.120000"><time>${time}</time></trkpt>`;
    }).join("");
    return `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${points}</trkseg></trk></gpx>`;
  }

  async function runner() {
    const me = await makeUser(t.db, { timeZone: "Europe/London" });
    const api = callerFor(t.db, me).training;
    const importFile = (fileName: string, content: string) => api.importTrack({ fileName, content, type: "easy", rpe: 3 });
    const sessions = () => t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, me.id));
    return { me, importFile, sessions };
  }

  it("GPX, the same GPX, then its TCX: one session, and the refusals name it", async () => {
    const { importFile, sessions } = await runner();
    const first = await importFile("easy-run.gpx", fixture("easy-run.gpx"));
    for (const name of ["easy-run.gpx", "easy-run.tcx"]) {
      const err = await expectTRPCError(importFile(name, fixture(name)), "CONFLICT", "file");
      expect(err.message).toBe("This run is already in your log: the easy session on Tue 10 Nov 2026 at 07:00, 5.00 km. Nothing was imported.");
    }
    const rows = await sessions();
    expect(rows.map((r) => r.id)).toEqual([first.id]);
  });

  it("names the session in the runner's own zone and units", async () => {
    const me = await makeUser(t.db, { timeZone: "America/New_York", distanceUnit: "mi" });
    const api = callerFor(t.db, me).training;
    await api.importTrack({ fileName: "a.tcx", content: fixture("easy-run.tcx"), type: "long", rpe: null });
    const err = await expectTRPCError(api.importTrack({ fileName: "a.gpx", content: fixture("easy-run.gpx"), type: "easy", rpe: null }), "CONFLICT", "file");
    expect(err.message).toBe("This run is already in your log: the long session on Tue 10 Nov 2026 at 02:00, 3.11 mi. Nothing was imported.");
  });

  it("matches within 2 minutes and 2%, and not at 3 minutes apart or 3% longer", async () => {
    const { importFile, sessions } = await runner();
    await importFile("base.gpx", gpxTrack("2026-11-03T07:00:00Z"));
    await expectTRPCError(importFile("close.gpx", gpxTrack("2026-11-03T07:01:00Z", 0.0009 * 1.01)), "CONFLICT", "file");
    await expectTRPCError(importFile("close.gpx", gpxTrack("2026-11-03T06:58:00Z", 0.0009 * 0.99)), "CONFLICT", "file");
    await importFile("later.gpx", gpxTrack("2026-11-03T07:03:00Z"));
    await importFile("longer.gpx", gpxTrack("2026-11-03T07:00:00Z", 0.0009 * 1.03));
    expect(await sessions()).toHaveLength(3);
  });

  it("sessions without a start time (logged by hand) never match, and other runners' sessions don't either", async () => {
    const { me, importFile, sessions } = await runner();
    await callerFor(t.db, me).training.log({ date: "2026-11-10", type: "easy", durationMin: 25, distance: 5, rpe: 3, notes: "" });
    await importFile("easy-run.gpx", fixture("easy-run.gpx"));
    expect(await sessions()).toHaveLength(2);
    const other = await runner();
    await other.importFile("easy-run.gpx", fixture("easy-run.gpx"));
    expect(await other.sessions()).toHaveLength(1);
  });

  it("identical imports at once make one row; the others are refused", async () => {
    const { importFile, sessions } = await runner();
    const names = ["a.gpx", "b.tcx", "c.gpx", "d.tcx"];
    const results = await Promise.allSettled(names.map((n) => importFile(n, fixture(`easy-run.${n.slice(-3)}`))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code?: string }).code).toBe("CONFLICT");
    expect(await sessions()).toHaveLength(1);
  });

  it("a deleted session can be imported again", async () => {
    const { me, importFile, sessions } = await runner();
    const first = await importFile("easy-run.gpx", fixture("easy-run.gpx"));
    await callerFor(t.db, me).training.delete({ id: first.id });
    await importFile("easy-run.gpx", fixture("easy-run.gpx"));
    expect(await sessions()).toHaveLength(1);
  });
});
