"use client";

/** A quiet word that the form holds what was typed before a reload, with the way back to a clean form. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-stone-100 px-3 py-2 text-sm text-stone-800">
      <span>Draft restored</span>
      <button type="button" className="rounded-lg px-2 py-1 font-medium text-brand-800 underline hover:bg-stone-200" onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}
