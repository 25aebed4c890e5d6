// The request mix every load mode sends: one signed-in user's next action, chosen by a fixed weighted rotation
// (10 % check-ins, 15 % reactions, 8 % comments, 32 % feed pages, 17 % Today pages, 18 % dashboards or blocks), and
// the ledger entry each acknowledged write leaves.
import { REACTION_KINDS } from "@/contract/values";
import type { Session } from "./http-client";
import type { Ledger } from "./ledger";
import { checkinInput, today, type WorldUser } from "./world";

/** What one virtual user carries between requests. Never give one user two requests at once: the ledger relies on it. */
export type UserState = { session: Session; user: WorldUser; index: number; step: number; feedItems: string[] };

export type Action = { action: string; call: () => Promise<unknown> };

type FeedPage = { items: { checkinId: string }[] };

export function newUserState(session: Session, user: WorldUser, index: number): UserState {
  return { session, user, index, step: 0, feedItems: [] };
}

/** Advances the user by one step and returns the request to send. 17 is coprime to 100, so each user sees every roll. */
export function nextAction(state: UserState, ledger: Ledger): Action {
  const step = ++state.step;
  const { session, user, index } = state;
  const roll = (index * 31 + step * 17) % 100;
  const feedItems = state.feedItems;
  if (roll < 10) {
    const date = today();
    const note = `load ${user.id.slice(0, 8)} step ${step}`;
    return {
      action: "checkins.save",
      call: async () => {
        await session.mutate("checkins.save", checkinInput(date, user.clubId, note, index + step));
        ledger.checkinNotes.set(`${user.id}|${date}`, note);
      },
    };
  }
  if (roll < 25 && feedItems.length) {
    const checkinId = feedItems[step % feedItems.length]!;
    const kind = REACTION_KINDS[step % REACTION_KINDS.length]!;
    return {
      action: "feed.react",
      call: async () => {
        const result = await session.mutate<{ active: boolean }>("feed.react", { clubId: user.clubId, checkinId, kind });
        ledger.reactions.set(`${checkinId}|${user.clubId}|${user.id}|${kind}`, result.active);
      },
    };
  }
  if (roll < 33 && feedItems.length) {
    const checkinId = feedItems[(step * 7) % feedItems.length]!;
    return {
      action: "feed.addComment",
      call: async () => {
        const comment = await session.mutate<{ id: string }>("feed.addComment", { clubId: user.clubId, checkinId, body: `You've got this (${step})` });
        ledger.commentIds.add(comment.id);
      },
    };
  }
  if (roll < 65) {
    return {
      action: "feed.list",
      call: async () => {
        const page = await session.query<FeedPage>("feed.list", { clubId: user.clubId, limit: 20 });
        state.feedItems = page.items.map((i) => i.checkinId);
      },
    };
  }
  if (roll < 82) return { action: "page /today", call: () => session.page("/today") };
  if (user.role !== "member") return { action: "dashboard.athletes", call: () => session.query("dashboard.athletes", { clubId: user.clubId, limit: 50 }) };
  return { action: "blocks.today", call: () => session.query("blocks.today") };
}
