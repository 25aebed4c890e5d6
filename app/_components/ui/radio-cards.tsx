"use client";
import * as RadioGroup from "@radix-ui/react-radio-group";
import type { LucideIcon } from "lucide-react";
import { useId } from "react";
import { cn } from "@/app/_lib/cn";

export type RadioCardOption<T> = { value: T; label: string; description?: string; icon?: LucideIcon };

// A choice among a few, drawn as cards. Radix gives role=radio on each card, one tab stop for the group and arrow keys
// that move and choose. Chosen is a filled card (brand-700, white text); keyboard focus is the page's outline ring
// around it, so the two never look alike. CARD_CLASS leaves size, padding and alignment to each use (cn() doesn't
// merge conflicting classes).
export const CARD_CLASS = cn(
  "group flex cursor-pointer gap-2 rounded-xl border border-stone-300 bg-white text-sm font-medium text-stone-800",
  "hover:border-stone-400 hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-60",
  "data-[state=checked]:border-brand-700 data-[state=checked]:bg-brand-700 data-[state=checked]:text-white",
);

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
  name?: string;
  /** Layout of the cards, e.g. "grid-cols-3". */
  className?: string;
  itemClassName?: string;
}) {
  const id = useId();
  const byKey = new Map(options.map((o) => [String(o.value), o.value]));
  return (
    <RadioGroup.Root
      name={name}
      value={value == null ? "" : String(value)}
      onValueChange={(key) => {
        const picked = byKey.get(key);
        if (picked !== undefined) onChange(picked);
      }}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      className={cn("grid gap-2", className)}
    >
      {options.map((o, i) => {
        const Icon = o.icon;
        return (
          <RadioGroup.Item
            key={String(o.value)}
            value={String(o.value)}
            aria-labelledby={`${id}-${i}`}
            aria-describedby={o.description ? `${id}-${i}-d` : undefined}
            className={cn(CARD_CLASS, "min-h-11 justify-center px-2 py-1.5", o.description ? "flex-col items-start text-left" : "items-center text-center", itemClassName)}
          >
            <span className="flex items-center gap-2">
              {Icon ? <Icon aria-hidden className="size-4 shrink-0" /> : null}
              <span id={`${id}-${i}`} className="min-w-0 break-words">{o.label}</span>
            </span>
            {o.description ? (
              <span id={`${id}-${i}-d`} className="text-xs font-normal text-stone-600 group-data-[state=checked]:text-white">{o.description}</span>
            ) : null}
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}
