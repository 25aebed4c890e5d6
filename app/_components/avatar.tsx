import { UserRound } from "lucide-react";
import { avatarTone, initialsOf } from "@/app/_lib/avatar-color";
import { clsx } from "clsx";

const SIZES = {
  sm: { box: "size-7 text-[11px]", icon: "size-4" },
  md: { box: "size-9 text-sm", icon: "size-5" },
  lg: { box: "size-12 text-base", icon: "size-6" },
} as const;

/**
 * A person's initials on the colour of their id. Decorative by default, since the name is almost always written
 * next to it; pass `labelled` where the avatar stands alone, so screen readers hear the name.
 */
export function Avatar({
  userId,
  name,
  size = "md",
  labelled = false,
  className,
}: {
  userId: string;
  name: string;
  size?: keyof typeof SIZES;
  labelled?: boolean;
  className?: string;
}) {
  const tone = avatarTone(userId);
  const initials = initialsOf(name);
  const s = SIZES[size];
  return (
    <span
      className={clsx("inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold leading-none", s.box, tone.bg, tone.text, className)}
      {...(labelled ? { role: "img", "aria-label": name } : { "aria-hidden": true })}
    >
      {initials || <UserRound className={s.icon} aria-hidden="true" />}
    </span>
  );
}
