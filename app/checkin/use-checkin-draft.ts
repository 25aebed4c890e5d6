"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, loadDraft, saveDraft } from "./draft";
import type { CheckinFormApi, In } from "./form-values";

const SAVE_AFTER_MS = 400;

/** Keeps the form's values as a draft while the runner types, restores it on the next load, and forgets it on request. */
export function useCheckinDraft(form: CheckinFormApi, { userId, date, defaults }: { userId: string; date: string; defaults: In }) {
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const draft = loadDraft(userId, date);
    if (draft) {
      form.reset({ ...defaults, ...draft.values }, { keepDefaultValues: true });
      // Restoring happens once, after hydration; the notice it raises is the point.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(true);
    }
    const watching = form.watch(() => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => saveDraft(userId, form.getValues()), SAVE_AFTER_MS);
    });
    return () => {
      watching.unsubscribe();
      clearTimeout(timer.current);
    };
    // The form, person and day are fixed for this component (page.tsx keys it by date).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** After a save: no draft left, and none written by a keystroke still waiting. */
  const forget = useCallback(() => {
    clearTimeout(timer.current);
    clearDraft(userId, date);
    setRestored(false);
  }, [userId, date]);

  const discard = useCallback(() => {
    forget();
    form.reset(defaults);
    // Resetting counts as a change to the watcher; a discarded draft must not come back.
    queueMicrotask(() => clearTimeout(timer.current));
  }, [forget, form, defaults]);

  return { restored, forget, discard };
}
