"use client";

/**
 * "3 new posts": others' posts that arrived while the reader was reading, held back so the page doesn't jump. It
 * sticks below the header while the feed is in view; its region announces the count.
 */
export function NewPostsPill({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div aria-live="polite" className="sticky top-[calc(env(safe-area-inset-top)+4.5rem)] z-20 flex h-0 justify-center sm:top-32">
      {count > 0 ? (
        <button type="button" className="btn-primary mt-2 rounded-full shadow-md" onClick={onShow}>
          {count === 1 ? "1 new post" : `${count} new posts`}
        </button>
      ) : null}
    </div>
  );
}
