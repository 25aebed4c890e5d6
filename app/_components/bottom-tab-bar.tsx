"use client";
import { Activity, CircleCheckBig, House, Menu as MenuIcon, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { cn } from "../_lib/cn";
import { MORE_ITEMS } from "./more-items";
import type { MoreMenu as MoreMenuType } from "./more-menu";
import { isOpen } from "./nav-links";
import { useUnreadCount } from "./unread-count";

const TABS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/today", label: "Today", icon: House },
  { href: "/checkin", label: "Check in", icon: CircleCheckBig },
  { href: "/clubs", label: "Clubs", icon: Users },
  { href: "/training", label: "Training", icon: Activity },
];

const TAB = "flex min-h-14 w-full flex-col items-center justify-center gap-0.5 px-1 pt-1.5 pb-1 text-xs font-medium";
const tabColour = (active: boolean) => (active ? "text-brand-800" : "text-stone-600 hover:text-stone-900");

// The Radix menu (~23 KB compressed with its popper) loads when the runner reaches for More, not with every page.
let moreMenu: Promise<typeof MoreMenuType> | null = null;
const loadMoreMenu = () => (moreMenu ??= import("./more-menu").then((m) => m.MoreMenu));

/** Phones' main navigation, within a thumb's reach; the top navigation takes over from 640 px. */
export function BottomTabBar({ name }: { name: string }) {
  const pathname = usePathname();
  const { count, shown } = useUnreadCount();
  const moreOpen = MORE_ITEMS.some((item) => isOpen(pathname, item.href));
  return (
    <nav
      aria-label="Tabs"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur sm:hidden"
    >
      <ul className="mx-auto grid max-w-lg grid-cols-5">
        {TABS.map(({ href, label, icon: Icon }) => {
          const active = isOpen(pathname, href);
          return (
            <li key={href}>
              <Link href={href} aria-current={active ? "page" : undefined} className={cn(TAB, tabColour(active))}>
                <Icon aria-hidden className="size-6" strokeWidth={active ? 2.5 : 2} />
                <span className={cn(active && "font-bold")}>{label}</span>
              </Link>
            </li>
          );
        })}
        <li>
          <More name={name} unread={count} pathname={pathname} className={cn(TAB, tabColour(moreOpen), "relative data-[state=open]:text-stone-900")} label={count ? `More, ${shown} unread` : "More"}>
            <MenuIcon aria-hidden className="size-6" strokeWidth={moreOpen ? 2.5 : 2} />
            <span className={cn(moreOpen && "font-bold")}>More</span>
            {count ? (
              <span aria-hidden className="absolute left-1/2 top-0.5 ml-1.5 min-w-5 rounded-full bg-ember-600 px-1 text-center text-xs font-bold leading-5 text-white">
                {shown}
              </span>
            ) : null}
          </More>
        </li>
      </ul>
    </nav>
  );
}

type MoreProps = { name: string; unread: number; pathname: string; label: string; className: string; children: React.ReactNode };

/**
 * A stand-in button until the first tap or key press, which loads the menu and mounts it open (focus on its first
 * item when opened from the keyboard, as Radix does). Pointing at or focusing the button starts the load early.
 */
function More({ name, unread, pathname, label, className, children }: MoreProps) {
  const [menu, setMenu] = useState<{ Menu: typeof MoreMenuType; keyboard: boolean } | null>(null);
  const open = (keyboard: boolean) => void loadMoreMenu().then((Menu) => setMenu({ Menu, keyboard }), () => undefined);
  if (menu) {
    return (
      <menu.Menu name={name} unread={unread} pathname={pathname} triggerLabel={label} triggerClassName={className} openedByKeyboard={menu.keyboard}>
        {children}
      </menu.Menu>
    );
  }
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={label}
      className={className}
      onPointerEnter={() => void loadMoreMenu().catch(() => undefined)}
      onFocus={() => void loadMoreMenu().catch(() => undefined)}
      // A click from Enter or Space has no pointer detail.
      onClick={(event) => open(event.detail === 0)}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown") return;
        event.preventDefault();
        open(true);
      }}
    >
      {children}
    </button>
  );
}
