// The one world every access-matrix and fuzz cell runs against: a private approval club with its cast (former members
// included, with the block one of them had there), and one of
// each object a procedure can name (check-in shared with the club, comment, group run, invite, template, block,
// calendar token), plus each signed-in caller's own check-in, session, goal and notification. Built once per file
// through the real procedures, so the objects are exactly what the app itself would store.
import { issueAccountToken } from "@/server/domain/accounts/account-tokens";
import { addDays, todayIn } from "@/server/domain/days";
import { notify } from "@/server/domain/notifications/notify";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import type { Db } from "@/db/client";
import { checkinInput } from "../checkin-fixtures";
import { CAST_ROLES, castUser, makeClubCast, type CastRole, type ClubCast } from "../club-fixtures";
import { callerFor } from "../fixtures";

// The matrix's names for the shared cast roles (table.ts lists outcomes in this order).
export { CAST_ROLES as CALLERS, type CastRole as CallerKind };
export type SignedIn = Exclude<CastRole, "signedOut">;
export const SIGNED_IN = CAST_ROLES.filter((c): c is SignedIn => c !== "signedOut");

type Own = {
  checkinId: string; sessionId: string; goalId: string; notificationId: string; commentId: string | null;
  /** An archive import started and not yet uploaded. */
  importBatchId: string;
};

export type World = {
  cast: ClubCast;
  today: string;
  own: Record<SignedIn, Own>;
  /** The member's check-in, shared with the club (own.member.checkinId). */
  sharedCheckinId: string;
  /** A message of each side in the member's coach thread on that check-in (member, coach, owner). */
  threadMessage: Partial<Record<SignedIn, string>>;
  runId: string;
  inviteId: string;
  inviteToken: string;
  templateId: string;
  /** The member's active block, from today, with today's and tomorrow's day ids. */
  blockId: string;
  todayDayId: string;
  laterDayId: string;
  /** The former member's block in the club, set while they were in: today marked with a note, then they left. */
  former: { blockId: string; markedDayId: string; laterDayId: string; note: string };
  calendarToken: string;
  /** The member's live email links (reset, verify, change of address); each cell rolls back, so each can be used. */
  linkTokens: { reset: string; verify: string; change: string };
};

export function userOf(w: World, who: CastRole) {
  return castUser(w.cast, who);
}

/** The club is private with an approval policy unless options say otherwise (the public-club rows). */
export async function buildWorld(db: Db, options: Parameters<typeof makeClubCast>[1] = {}): Promise<World> {
  await ensureBuiltInTemplates(db);
  const today = todayIn("UTC");
  const former = { blockId: "", markedDayId: "", laterDayId: "", note: "Left knee sore after the hills" };
  const cast = await makeClubCast(db, {
    ...options,
    // While still in the club: a coach sets the former member a block and they mark today's day with a note.
    beforeLeaving: async (c) => {
      const assigned = await callerFor(db, c.coach).blocks.assign({
        clubId: c.club.id, athleteIds: [c.formerMember.id], template: "down-week", startDate: today, note: "", reason: "",
      });
      former.blockId = assigned.created[0]!.blockId;
      const { block } = await callerFor(db, c.formerMember).blocks.today();
      former.markedDayId = block!.todayDay!.id;
      former.laterDayId = block!.days.find((d) => d.date > today)!.id;
      await callerFor(db, c.formerMember).blocks.markDay({ dayId: former.markedDayId, status: "partial", note: former.note, feel: 2 });
    },
  });
  const clubId = cast.club.id;
  const as = (who: SignedIn) => callerFor(db, cast[who]);

  const own = {} as Record<SignedIn, Own>;
  for (const who of SIGNED_IN) {
    const shared = who === "member" ? { visibility: "clubs" as const, clubIds: [clubId] } : {};
    const saved = await as(who).checkins.save(checkinInput({ date: today, ...shared }));
    const session = await as(who).training.log({ date: addDays(today, -1), type: "easy", durationMin: 40, distance: 8, rpe: 4, notes: "" });
    const goal = await as(who).goals.create({ horizon: "season", title: "Sub 50 10K", details: "", status: "active", shareWithCoaches: true });
    await notify(db, [{ userId: cast[who].id, kind: "test", title: `Hello ${who}` }]);
    const [note] = (await as(who).notifications.list({ limit: 1 })).items;
    const batch = await as(who).imports.startArchive({ fileName: "export.zip", sizeBytes: 1000 });
    own[who] = {
      checkinId: saved.id, sessionId: session.id, goalId: (goal as { id: string }).id, notificationId: note!.id, commentId: null,
      importBatchId: batch.id,
    };
  }
  const sharedCheckinId = own.member.checkinId;
  // Each active member writes a comment of their own, so edit/delete have an author to succeed for.
  for (const who of ["member", "coach", "owner"] as const) {
    const c = await as(who).feed.addComment({ clubId, checkinId: sharedCheckinId, body: `From ${who}` });
    own[who].commentId = (c as { id: string }).id;
  }
  // Each side of the member's coach thread writes a message, so edit/delete have an author to succeed for.
  const threadMessage: World["threadMessage"] = {};
  for (const who of ["member", "coach", "owner"] as const) {
    threadMessage[who] = (await as(who).threads.post({ clubId, checkinId: sharedCheckinId, body: `Thread note from ${who}` })).id;
  }

  const run = await as("coach").groupRuns.create({
    clubId, title: "Tempo Tuesday", startsAtLocal: `${addDays(today, 7)}T18:30`, meetingPoint: "Boathouse", paceGroups: ["5:00"], notes: "",
  });
  const invite = await as("coach").invites.create({ clubId, label: "Matrix", maxUses: 100 });
  const template = await as("coach").templates.create({
    clubId, name: "Matrix week", description: "", phase: "reset", days: [{ kind: "rest", notes: "" }, { kind: "walk", minutes: 30, notes: "" }],
  });
  const assigned = await as("coach").blocks.assign({
    clubId, athleteIds: [cast.member.id], template: "down-week", startDate: today, note: "", reason: "",
  });
  const blockId = assigned.created[0]!.blockId;
  const block = await as("coach").blocks.byId({ clubId, blockId });
  const todayDay = block.days.find((d) => d.date === today)!;
  const laterDay = block.days.find((d) => d.date > today)!;
  const { token } = await as("member").blocks.rotateCalendar();
  const issued = { userId: cast.member.id, now: new Date() };
  const linkTokens = {
    reset: await issueAccountToken(db, { ...issued, purpose: "password_reset" }),
    verify: await issueAccountToken(db, { ...issued, purpose: "verify_email", newEmail: cast.member.email }),
    change: await issueAccountToken(db, { ...issued, purpose: "change_email", newEmail: `moved-${cast.member.id}@example.test` }),
  };

  return {
    cast, today, own, sharedCheckinId, threadMessage,
    runId: (run as { id: string }).id,
    inviteId: invite.id,
    inviteToken: invite.token,
    templateId: (template as { id: string }).id,
    blockId, todayDayId: todayDay.id, laterDayId: laterDay.id, former, calendarToken: token, linkTokens,
  };
}
