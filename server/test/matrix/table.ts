// THE access matrix: every tRPC procedure x every kind of caller, with the outcome each cell must have.
// Each row also gives a valid input per caller, so "ok" means the call really succeeded; the fuzz test starts from
// the same inputs. The club is private with an approval policy, so outsiders get NOT_FOUND (its existence never leaks).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TRPCError } from "@trpc/server";
import { addDays } from "@/server/domain/days";
import { gpxOf, zipOf } from "@/server/domain/imports/testing/activity-files";
import { unsubscribeToken } from "@/server/mail/unsubscribe-token";
import type { CallerKind, World } from "./world";
import { TEST_PASSWORD } from "../fixtures";

export type Outcome = "ok" | TRPCError["code"];
export type Row = {
  /** A valid input for this caller (undefined for procedures without input). */
  input?: (w: World, who: CallerKind) => unknown;
  /** Outcomes in CALLERS order: signedOut, stranger, pending, member, coach, owner, otherCoach, formerMember, formerCoach. */
  outcomes: readonly Outcome[];
  /** Why a cell that isn't plain role-based access looks the way it does. */
  note?: string;
};

const U = "UNAUTHORIZED", N = "NOT_FOUND", F = "FORBIDDEN", B = "BAD_REQUEST";
// Former members and coaches (the last two columns) are outsiders like the stranger: leaving takes every right with it.
const EVERYONE = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"] as const;
const SIGNED_IN = [U, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"] as const;
const MEMBERS = [U, N, N, "ok", "ok", "ok", N, N, N] as const;
const COACHES = [U, N, N, F, "ok", "ok", N, N, N] as const;
const OWNER = [U, N, N, F, F, "ok", N, N, N] as const;
/** What a private club shows to callers who may be signed out: outsiders see nothing. */
const VIEWERS = [N, N, N, "ok", "ok", "ok", N, N, N] as const;

/** The caller's own object, or (signed out) the member's: signed-out calls are refused before it matters. */
const own = (w: World, who: CallerKind) => w.own[who === "signedOut" ? "member" : who];
/** The caller's own comment if they have one; outsiders aim at the member's. */
const commentOf = (w: World, who: CallerKind) => own(w, who).commentId ?? w.own.member.commentId!;
/** The caller's own message in the member's coach thread if they wrote one; outsiders aim at the member's. */
const threadMessageOf = (w: World, who: CallerKind) => w.threadMessage[who === "signedOut" ? "member" : who] ?? w.threadMessage.member!;

const gpx = () => readFileSync(path.resolve(import.meta.dirname, "../../../e2e/fixtures/easy-run.gpx"), "utf8");
const clubFields = { description: "", area: "Riverside", timeZone: "Europe/London", privacy: "private", joinPolicy: "approval" } as const;
const session = (w: World) => ({ date: addDays(w.today, -2), type: "tempo" as const, durationMin: 45, distance: 9, rpe: 7, notes: "Felt good" });
const goal = { horizon: "year" as const, title: "Run a marathon", details: "Spring", status: "active" as const, shareWithCoaches: false };
const checkin = (w: World) => ({
  date: w.today, mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 2, motivation: 6, legs: "responsive" as const,
  easyEffortHarder: false, easyHeartRate: "normal" as const, note: "Fresh", visibility: "coaches" as const, clubIds: [],
});
const tag = () => crypto.randomUUID().slice(0, 8);
const club = (w: World) => ({ clubId: w.cast.club.id });

export const MATRIX: Record<string, Row> = {
  // Accounts
  "account.signUp": { input: () => ({ name: "New Runner", email: `new-${tag()}@example.test`, password: "a-long-password" }), outcomes: EVERYONE },
  "account.me": { outcomes: SIGNED_IN },
  "account.updateProfile": { input: () => ({ name: "Renamed", distanceUnit: "mi", timeZone: "America/New_York" }), outcomes: SIGNED_IN },
  "account.changePassword": { input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password" }), outcomes: SIGNED_IN },
  "account.signOutEverywhere": { outcomes: SIGNED_IN },
  // Email links: the token is the only authority, so any caller holding it may use it (the member's, in the world).
  "account.requestPasswordReset": { input: () => ({ email: `reset-${tag()}@example.test` }), outcomes: EVERYONE, note: "the same answer for any address" },
  "account.resetPassword": { input: (w) => ({ token: w.linkTokens.reset, newPassword: "a-brand-new-password" }), outcomes: EVERYONE, note: "the link's token decides, not the session" },
  "account.verifyEmail": { input: (w) => ({ token: w.linkTokens.verify }), outcomes: EVERYONE, note: "the link's token decides, not the session" },
  "account.confirmEmailChange": { input: (w) => ({ token: w.linkTokens.change }), outcomes: EVERYONE, note: "the link's token decides, not the session" },
  "account.resendVerification": { outcomes: SIGNED_IN },
  "account.requestEmailChange": { input: () => ({ newEmail: `moving-${tag()}@example.test`, currentPassword: TEST_PASSWORD }), outcomes: SIGNED_IN },
  "account.unsubscribeInfo": { input: (w, who) => ({ token: unsubscribeToken(w.cast[who === "signedOut" ? "member" : who].id, "reactions") }), outcomes: EVERYONE, note: "the signed token decides; no sign-in (RFC 8058)" },
  "account.unsubscribe": { input: (w, who) => ({ token: unsubscribeToken(w.cast[who === "signedOut" ? "member" : who].id, "reactions") }), outcomes: EVERYONE, note: "the signed token decides; no sign-in (RFC 8058)" },

  // Clubs
  "clubs.bySlug": { input: (w) => ({ slug: w.cast.club.slug }), outcomes: [N, N, "ok", "ok", "ok", "ok", N, N, N], note: "a pending member sees the page of the club they asked to join" },
  "clubs.myClubs": { outcomes: SIGNED_IN },
  "clubs.myRequests": { outcomes: SIGNED_IN },
  "clubs.discover": { input: () => ({}), outcomes: EVERYONE },
  "clubs.create": { input: () => ({ ...clubFields, name: "New Club", slug: `new-${tag()}` }), outcomes: SIGNED_IN },
  "clubs.update": { input: (w) => ({ ...club(w), ...clubFields, name: "Renamed Club", slug: w.cast.club.slug }), outcomes: OWNER },
  "clubs.delete": { input: (w) => ({ ...club(w), confirmName: w.cast.club.name }), outcomes: OWNER },
  "clubs.join": { input: club, outcomes: [U, N, "ok", "ok", "ok", "ok", N, N, N], note: "joining again is a no-op for a member or a pending request" },
  "clubs.leave": { input: club, outcomes: [U, N, "ok", "ok", "ok", B, N, N, N], note: "the owner must transfer ownership before leaving" },
  "clubs.members": { input: club, outcomes: MEMBERS },
  "clubs.pendingRequests": { input: club, outcomes: COACHES },
  "clubs.decideRequest": { input: (w) => ({ ...club(w), userId: w.cast.pending.id, decision: "approve" }), outcomes: COACHES },
  "clubs.changeRole": { input: (w) => ({ ...club(w), userId: w.cast.member.id, role: "coach" }), outcomes: OWNER },
  "clubs.removeMember": { input: (w) => ({ ...club(w), userId: w.cast.member.id }), outcomes: OWNER },
  "clubs.transferOwnership": { input: (w) => ({ ...club(w), userId: w.cast.coach.id }), outcomes: OWNER },
  "clubs.auditLog": { input: club, outcomes: OWNER },

  // Invites
  "invites.create": { input: (w) => ({ ...club(w), label: "Track night", expiresInDays: 7, maxUses: 10 }), outcomes: COACHES },
  "invites.list": { input: club, outcomes: COACHES },
  "invites.revoke": { input: (w) => ({ ...club(w), inviteId: w.inviteId }), outcomes: COACHES },
  "invites.preview": { input: (w) => ({ token: w.inviteToken }), outcomes: EVERYONE, note: "the secret link is the credential" },
  "invites.accept": { input: (w) => ({ token: w.inviteToken }), outcomes: SIGNED_IN, note: "the secret link is the credential" },

  // Group runs
  "groupRuns.list": { input: (w) => ({ ...club(w), when: "upcoming" }), outcomes: VIEWERS },
  "groupRuns.byId": { input: (w) => ({ ...club(w), runId: w.runId }), outcomes: VIEWERS },
  "groupRuns.create": {
    input: (w) => ({ ...club(w), title: "Hills", startsAtLocal: `${addDays(w.today, 3)}T07:00`, meetingPoint: "", distanceKm: 10, paceGroups: [], notes: "" }),
    outcomes: COACHES,
  },
  "groupRuns.rsvp": { input: (w) => ({ ...club(w), runId: w.runId, status: "going" }), outcomes: MEMBERS },
  "groupRuns.cancel": { input: (w) => ({ ...club(w), runId: w.runId }), outcomes: COACHES },

  // Notifications (self-scoped)
  // Live updates (subscriptions): "ok" means the stream opened.
  "live.club": { input: (w) => club(w), outcomes: MEMBERS },
  "live.mine": { input: () => ({}), outcomes: SIGNED_IN },
  "notifications.list": { input: () => ({}), outcomes: SIGNED_IN },
  "notifications.unreadCount": { outcomes: SIGNED_IN },
  "notifications.markRead": { input: (w, who) => ({ id: own(w, who).notificationId }), outcomes: SIGNED_IN },
  "notifications.markAllRead": { outcomes: SIGNED_IN },
  "preferences.get": { outcomes: SIGNED_IN, note: "the caller's own preferences" },
  "preferences.update": {
    input: () => ({ switches: [{ topic: "reactions", channel: "push", enabled: true }], checkinReminder: "07:30", quietHours: { from: "22:00", to: "07:00" }, digestFrequency: "weekly" }),
    outcomes: SIGNED_IN,
    note: "the caller's own preferences",
  },
  "push.publicKey": { outcomes: SIGNED_IN },
  "push.subscribe": {
    input: () => ({ endpoint: `https://push.example.test/send/${tag()}`, keys: { p256dh: `B${"A".repeat(86)}`, auth: "c2VjcmV0LWF1dGgtMTY" }, label: "Chrome on Linux" }),
    outcomes: SIGNED_IN,
  },
  "push.unsubscribe": { input: () => ({ endpoint: `https://push.example.test/send/${tag()}` }), outcomes: SIGNED_IN, note: "only the caller's own subscription goes (server/routers/push.test.ts)" },
  "push.devices": { outcomes: SIGNED_IN, note: "the caller's own devices only (server/routers/push.test.ts)" },
  "push.removeDevice": {
    input: () => ({ id: crypto.randomUUID() }),
    outcomes: SIGNED_IN,
    note: "removes only the caller's own device; another user's id changes nothing and answers like one already removed (server/routers/push.test.ts)",
  },

  // Check-ins (self-scoped)
  "checkins.save": { input: checkin, outcomes: SIGNED_IN },
  "checkins.form": { input: () => ({}), outcomes: SIGNED_IN },
  "checkins.today": { outcomes: SIGNED_IN },
  "checkins.mine": { input: () => ({}), outcomes: SIGNED_IN },
  "checkins.history": { outcomes: SIGNED_IN },
  "checkins.byId": { input: (w, who) => ({ id: own(w, who).checkinId }), outcomes: SIGNED_IN },
  "checkins.ofAthlete": {
    input: (w) => ({ userId: w.cast.member.id }),
    outcomes: SIGNED_IN,
    note: "answers with only what the caller may see: an empty page for outsiders (asserted in the access-matrix test)",
  },
  "checkins.delete": { input: (w, who) => ({ id: own(w, who).checkinId }), outcomes: SIGNED_IN },

  // Club feed
  "feed.list": { input: club, outcomes: MEMBERS },
  "feed.banner": { input: club, outcomes: MEMBERS },
  "feed.react": { input: (w) => ({ ...club(w), checkinId: w.sharedCheckinId, kind: "cheer" }), outcomes: MEMBERS },
  "feed.comments": { input: (w) => ({ ...club(w), checkinId: w.sharedCheckinId }), outcomes: MEMBERS },
  "feed.addComment": { input: (w) => ({ ...club(w), checkinId: w.sharedCheckinId, body: "Nice one" }), outcomes: MEMBERS },
  "feed.editComment": { input: (w, who) => ({ ...club(w), commentId: commentOf(w, who), body: "Edited" }), outcomes: MEMBERS, note: "each author edits their own" },
  "feed.deleteComment": { input: (w, who) => ({ ...club(w), commentId: commentOf(w, who) }), outcomes: MEMBERS, note: "each author deletes their own" },

  // Coach threads: the member's check-in and the club's coaches; clubmates, other clubs and former members see nothing
  "threads.forCheckin": {
    input: (w) => ({ checkinId: w.sharedCheckinId }),
    outcomes: SIGNED_IN,
    note: "answers with only the threads the caller may read: none for outsiders (asserted in server/routers/threads.test.ts)",
  },
  "threads.messages": { input: (w) => ({ ...club(w), checkinId: w.sharedCheckinId }), outcomes: MEMBERS, note: "the athlete and the club's coaches" },
  "threads.post": { input: (w) => ({ ...club(w), checkinId: w.sharedCheckinId, body: "How are the legs?" }), outcomes: MEMBERS, note: "the athlete and the club's coaches" },
  "threads.edit": { input: (w, who) => ({ messageId: threadMessageOf(w, who), body: "Edited" }), outcomes: MEMBERS, note: "each author edits their own" },
  "threads.delete": { input: (w, who) => ({ messageId: threadMessageOf(w, who) }), outcomes: MEMBERS, note: "each author deletes their own" },
  "threads.recentReplies": { input: () => ({}), outcomes: SIGNED_IN, note: "the caller's own threads" },

  // Templates
  "templates.list": { input: club, outcomes: COACHES },
  "templates.byId": { input: (w) => ({ ...club(w), templateId: w.templateId }), outcomes: COACHES },
  "templates.create": {
    input: (w) => ({ ...club(w), name: "Easy week", description: "", phase: "maintain", days: [{ kind: "easy_run", minutes: 30, notes: "" }] }),
    outcomes: COACHES,
  },
  "templates.update": {
    input: (w) => ({ ...club(w), templateId: w.templateId, name: "Matrix week 2", description: "", phase: "reset", days: [{ kind: "rest", notes: "" }] }),
    outcomes: COACHES,
  },
  "templates.copyDraft": { input: (w) => ({ ...club(w), templateId: w.templateId }), outcomes: COACHES },
  "templates.delete": { input: (w) => ({ ...club(w), templateId: w.templateId }), outcomes: COACHES },

  // Recovery blocks: coaches of the club...
  "blocks.assign": {
    input: (w) => ({ ...club(w), athleteIds: [w.cast.member.id], template: w.templateId, startDate: w.today, note: "Easy", reason: "Tired", onExisting: "replace" }),
    outcomes: COACHES,
  },
  "blocks.assignable": { input: club, outcomes: COACHES },
  "blocks.byId": { input: (w) => ({ ...club(w), blockId: w.blockId }), outcomes: COACHES },
  "blocks.updateDay": { input: (w) => ({ ...club(w), dayId: w.laterDayId, kind: "walk", minutes: 20, notes: "Swap" }), outcomes: COACHES },
  "blocks.extend": { input: (w) => ({ ...club(w), blockId: w.blockId, days: 3 }), outcomes: COACHES },
  "blocks.endEarly": { input: (w) => ({ ...club(w), blockId: w.blockId }), outcomes: COACHES },
  "blocks.cancel": { input: (w) => ({ ...club(w), blockId: w.blockId }), outcomes: COACHES },
  // ...and the athlete, on their own blocks only
  "blocks.today": { outcomes: SIGNED_IN },
  "blocks.markDay": {
    input: (w) => ({ dayId: w.todayDayId, status: "done", note: "", feel: 4 }),
    outcomes: [U, N, N, "ok", N, N, N, N, N],
    note: "the member's own block; every other caller aims at the member's day",
  },
  "blocks.startOwn": {
    input: (w) => ({ template: "down-week", startDate: w.today, reason: "Three building weeks", replaceOwn: true }),
    outcomes: [U, "ok", "ok", "CONFLICT", "ok", "ok", "ok", "ok", "ok"],
    note: "anyone signed in starts a reset on themselves; the member is on their coach's block, which only the coach may change",
  },
  "blocks.suggestions": { outcomes: SIGNED_IN },
  "blocks.history": { input: () => ({}), outcomes: SIGNED_IN },
  "blocks.phases": { outcomes: SIGNED_IN },
  "blocks.calendarStatus": { outcomes: SIGNED_IN },
  "blocks.rotateCalendar": { outcomes: SIGNED_IN },
  "blocks.revokeCalendar": { outcomes: SIGNED_IN },
  "blocks.calendarFeed": { input: (w) => ({ token: w.calendarToken }), outcomes: EVERYONE, note: "the secret token is the credential" },

  "dashboard.athletes": { input: club, outcomes: COACHES },

  // Training log and goals (self-scoped)
  "training.list": { input: () => ({}), outcomes: SIGNED_IN },
  "training.get": { input: (w, who) => ({ id: own(w, who).sessionId }), outcomes: SIGNED_IN },
  "training.log": { input: session, outcomes: SIGNED_IN },
  "training.update": { input: (w, who) => ({ id: own(w, who).sessionId, ...session(w) }), outcomes: SIGNED_IN },
  "training.delete": { input: (w, who) => ({ id: own(w, who).sessionId }), outcomes: SIGNED_IN },
  "training.importTrack": { input: () => ({ fileName: "easy-run.gpx", content: gpx(), type: "easy", rpe: 3 }), outcomes: SIGNED_IN },
  "training.weekly": { outcomes: SIGNED_IN },
  "training.streak": { outcomes: SIGNED_IN },
  "training.signals": { outcomes: SIGNED_IN },
  "training.logRace": {
    input: (w) => ({ date: addDays(w.today, -3), distance: "10k", name: "Parkrun", timeSec: 2900, measuredDistance: null, rpe: 9, notes: "" }),
    outcomes: SIGNED_IN,
  },
  "training.races": { input: () => ({}), outcomes: SIGNED_IN },

  // Bringing your history. Each signed-in caller has an archive import of their own, started and not yet uploaded
  // (world.ts); a batch that isn't the caller's is NOT_FOUND, never another runner's.
  "imports.startArchive": { input: () => ({ fileName: "export.zip", sizeBytes: 1000 }), outcomes: SIGNED_IN },
  "imports.uploadArchive": {
    input: (w, who) => ({
      id: own(w, who).importBatchId,
      // Re-readable: the fuzz test sends one valid input many times, and a one-shot stream would arrive empty after the first.
      archive: {
        async *[Symbol.asyncIterator]() {
          yield await zipOf([{ name: "activities/1.gpx", content: gpxOf({ start: new Date(`${addDays(w.today, -2)}T12:00:00Z`), minutes: 20 }) }]);
        },
      },
    }),
    outcomes: SIGNED_IN,
    note: "into the caller's own batch",
  },
  "imports.progress": { input: (w, who) => ({ id: own(w, who).importBatchId }), outcomes: SIGNED_IN },
  "imports.summary": { input: (w, who) => ({ id: own(w, who).importBatchId }), outcomes: SIGNED_IN },
  "imports.delete": { input: (w, who) => ({ id: own(w, who).importBatchId }), outcomes: SIGNED_IN },
  "imports.list": { input: () => ({}), outcomes: SIGNED_IN },
  "imports.previewReadings": { input: () => ({ content: "Date,Resting Heart Rate\n2026-01-02,50" }), outcomes: SIGNED_IN },
  "imports.importReadings": {
    input: (w) => ({
      fileName: "rhr.csv", content: `Date,Resting Heart Rate\n${addDays(w.today, -1)},50`,
      mapping: { date: "Date", restingHr: "Resting Heart Rate", hrv: null, dayOrder: "dmy" },
    }),
    outcomes: SIGNED_IN,
  },
  "training.myCoaches": { outcomes: SIGNED_IN, note: "the coaches of the caller's own clubs (asserted in server/routers/race-coaches.test.ts)" },
  "goals.mine": { outcomes: SIGNED_IN },
  "goals.create": { input: () => goal, outcomes: SIGNED_IN },
  "goals.update": { input: (w, who) => ({ id: own(w, who).goalId, ...goal, status: "achieved" }), outcomes: SIGNED_IN },
  "goals.delete": { input: (w, who) => ({ id: own(w, who).goalId }), outcomes: SIGNED_IN },
  "goals.sharedByAthlete": { input: (w) => ({ ...club(w), athleteId: w.cast.member.id }), outcomes: COACHES },

  // Your data
  "data.exportJson": { outcomes: SIGNED_IN },
  "data.exportCsv": { outcomes: SIGNED_IN },
  "data.deleteAccount": {
    input: () => ({ confirmation: "delete my account" }),
    outcomes: [U, "ok", "ok", "ok", "ok", "CONFLICT", "ok", "ok", "ok"],
    note: "a club's only owner must hand the club over (or delete it) first",
  },
};

const PF = [U, F, F, "ok", "ok", "ok", F, F, F] as const;
const PC = [U, F, F, F, "ok", "ok", F, F, F] as const;
/**
 * The same procedures on a PUBLIC club (approval policy): its page and schedule are open to everyone, and
 * outsiders are refused with FORBIDDEN instead of NOT_FOUND, since the club's existence is no secret.
 */
export const PUBLIC_MATRIX: Record<string, readonly Outcome[]> = {
  "clubs.bySlug": EVERYONE,
  "groupRuns.list": EVERYONE,
  "groupRuns.byId": EVERYONE,
  "clubs.join": SIGNED_IN,
  "clubs.members": PF,
  "clubs.pendingRequests": PC,
  "clubs.auditLog": [U, F, F, F, F, "ok", F, F, F],
  "groupRuns.rsvp": PF,
  "feed.list": PF,
  "feed.addComment": PF,
  "live.club": PF,
  "invites.create": PC,
  "templates.list": PC,
  "blocks.assign": PC,
  "dashboard.athletes": PC,
  "goals.sharedByAthlete": PC,
};
