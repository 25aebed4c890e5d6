"use client";
import { useId } from "react";
import { CARD_CLASS, CARD_INPUT_CLASS } from "@/app/_components/ui/radio-cards";
import { cn } from "@/app/_lib/cn";

// Rising bars, one per step, so a phone row of seven reads as "less to more" at a glance.
const BAR_HEIGHTS = ["h-1.5", "h-2", "h-2.5", "h-3", "h-3.5", "h-4", "h-5"];

/**
 * A 1-7 scale as one row of seven radio cards (native radios sharing one name, as in RadioCards). Where the row is
 * narrow (a phone, or half a wide form) each card is a step (a rising bar), with the scale's two end words under the
 * row and the chosen word beside the legend; a row of 36rem or more shows every word on its card. Each card's
 * accessible name is always its word ("Overwhelmed").
 */
export function ScaleChoice<T extends string | number | boolean>({
  legendId, legend, options, value, onChange, invalid,
}: {
  legendId: string;
  legend: string;
  options: { value: T; label: string }[];
  value: T | null | undefined;
  onChange: (v: T) => void;
  invalid: boolean;
}) {
  const id = useId();
  const chosen = options.find((o) => o.value === value);
  const current = value == null ? null : String(value);
  return (
    <>
      <legend id={legendId} className="label flex w-full items-baseline justify-between gap-2">
        <span>{legend}</span>
        {/* Drawn from an attribute, not text, so the page holds each word once: on its card. */}
        <span aria-hidden data-word={chosen?.label ?? ""} className="font-semibold text-brand-800 after:content-[attr(data-word)]" />
      </legend>
      <div className="@container">
        <div
          role="radiogroup"
          aria-labelledby={legendId}
          aria-invalid={invalid ? true : undefined}
          className="grid grid-cols-7 gap-1 @xl:gap-1.5"
        >
          {options.map((o, i) => {
            const key = String(o.value);
            return (
              <label
                key={key}
                className={cn(CARD_CLASS, "min-h-10 items-end justify-center px-0 pt-1.5 pb-2.5 text-center @xl:items-center @xl:px-1 @xl:py-1.5 @xl:text-xs @xl:leading-tight")}
              >
                <span aria-hidden className={cn("w-2 rounded-sm bg-current @xl:hidden", BAR_HEIGHTS[i] ?? "h-5")} />
                {/* Invisible in a narrow row but still the radio's name; the card's text in a wide one. The radio is
                    inside it (as in RadioCards), laid over the whole card either way. */}
                <span id={`${id}-${i}`} className="absolute inset-0 flex items-center justify-center overflow-hidden opacity-0 @xl:static @xl:opacity-100 @xl:[overflow-wrap:anywhere]">
                  {o.label}
                  <input
                    type="radio"
                    name={`${id}-step`}
                    value={key}
                    checked={current === key}
                    onChange={() => onChange(o.value)}
                    aria-labelledby={`${id}-${i}`}
                    className={CARD_INPUT_CLASS}
                  />
                </span>
              </label>
            );
          })}
        </div>
        <div aria-hidden className="mt-1 flex justify-between text-xs leading-none text-stone-600 @xl:hidden">
          <span data-word={options[0]?.label ?? ""} className="before:content-[attr(data-word)]" />
          <span data-word={options[options.length - 1]?.label ?? ""} className="before:content-[attr(data-word)]" />
        </div>
      </div>
    </>
  );
}
