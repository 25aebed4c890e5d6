"use client";
// The check-in form's unsaved values, kept in localStorage per person and day so a reload (or a phone that drops the
// tab) loses nothing. Cleared after a save, and for everyone but the signed-in person whenever the app loads.
import type { CheckinInput } from "@/contract/checkins";

const PREFIX = "rf:checkin-draft:";
const keyOf = (userId: string, date: string) => `${PREFIX}${userId}:${date}`;

export type CheckinDraft = { values: CheckinInput; savedAt: string };

export function loadDraft(userId: string, date: string): CheckinDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(userId, date));
    const draft = raw ? (JSON.parse(raw) as CheckinDraft) : null;
    return draft && typeof draft.values === "object" && draft.values?.date === date ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, values: CheckinInput) {
  try {
    localStorage.setItem(keyOf(userId, values.date), JSON.stringify({ values, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or blocked (private mode): the form still works, only without a draft.
  }
}

export function clearDraft(userId: string, date: string) {
  try {
    localStorage.removeItem(keyOf(userId, date));
  } catch {
    // Nothing to clear where storage is blocked.
  }
}

/** Removes every draft that is not keepUserId's (all of them when signed out): a shared phone keeps no one else's. */
export function clearOtherDrafts(keepUserId: string | null) {
  try {
    const mine = keepUserId ? `${PREFIX}${keepUserId}:` : null;
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX) && !(mine && key.startsWith(mine))) stale.push(key);
    }
    for (const key of stale) localStorage.removeItem(key);
  } catch {
    // Storage blocked: there are no drafts either.
  }
}
