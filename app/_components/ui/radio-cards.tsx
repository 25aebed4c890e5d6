"use client";
import type { LucideIcon } from "lucide-react";
import { useId } from "react";
import { cn } from "@/app/_lib/cn";

export type RadioCardOption<T> = { value: T; label: string; description?: string; icon?: LucideIcon };

// A choice among a few, drawn as cards. Each card is a <label> around a native <input type="radio">: the platform's
// own radio is the accessible primitive that script libraries imitate, and it costs no JavaScript. One name per
// group gives the group one tab stop and arrow keys that move and choose. The input is invisible (opacity 0, not
// clipped) and laid over the whole card, so a tap or click anywhere on the card lands on the input itself. It sits
// inside the span with the card's word (positioned by the card, not the span), so a click on that word, as a test or
// a script finds it, reaches the radio too and not something laid over the word.
// Chosen is a filled card (brand-700, white text); keyboard focus is the page's outline ring around the card (drawn
// on the label, as the input can't show it), so the two never look alike. CARD_CLASS leaves size, padding and
// alignment to each use (cn() doesn't merge conflicting classes).
export const CARD_CLASS = cn(
  "group relative flex cursor-pointer gap-2 rounded-xl border border-stone-300 bg-white text-sm font-medium text-stone-800",
  "hover:border-stone-400 hover:bg-stone-50 has-disabled:cursor-not-allowed has-disabled:opacity-60",
  "has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white",
  // The same two-tone ring as :focus-visible in globals.css.
  "has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-(--color-focus)",
  "has-focus-visible:shadow-[0_0_0_2px_var(--color-focus-gap)]",
);

/** The card's radio: invisible, over the whole card, the thing a tap, a click or a key press reaches. */
export const CARD_INPUT_CLASS =
  "absolute inset-0 z-10 m-0 size-full cursor-pointer appearance-none rounded-xl opacity-0 disabled:cursor-not-allowed";

export function RadioCards<T extends string | number | boolean>({
  options, value, onChange, labelledBy, describedBy, invalid, name, className, itemClassName,
}: {
  options: RadioCardOption<T>[];
  value: T | null | undefined;
  onChange: (v: T) => void;
  /** The id of the visible label (a legend or heading) that names the group. */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  /** The radios' shared name; one unique to this group when not given. */
  name?: string;
  /** Layout of the cards, e.g. "grid-cols-3". */
  className?: string;
  itemClassName?: string;
}) {
  const id = useId();
  const groupName = name ?? `${id}-choice`;
  const current = value == null ? null : String(value);
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      className={cn("grid gap-2", className)}
    >
      {options.map((o, i) => {
        const Icon = o.icon;
        const key = String(o.value);
        return (
          <label
            key={key}
            className={cn(CARD_CLASS, "min-h-11 justify-center px-2 py-1.5", o.description ? "flex-col items-start text-left" : "items-center text-center", itemClassName)}
          >
            <span className="flex items-center gap-2">
              {Icon ? <Icon aria-hidden className="size-4 shrink-0" /> : null}
              <span id={`${id}-${i}`} className="min-w-0 break-words">
                {o.label}
                <input
                  type="radio"
                  name={groupName}
                  value={key}
                  checked={current === key}
                  onChange={() => onChange(o.value)}
                  aria-labelledby={`${id}-${i}`}
                  aria-describedby={o.description ? `${id}-${i}-d` : undefined}
                  className={CARD_INPUT_CLASS}
                />
              </span>
            </span>
            {o.description ? (
              // Read as the radio's description (aria-describedby reads hidden text too), so not again as its name.
              <span id={`${id}-${i}-d`} aria-hidden className="text-xs font-normal text-stone-600 group-has-checked:text-white">{o.description}</span>
            ) : null}
          </label>
        );
      })}
    </div>
  );
}
