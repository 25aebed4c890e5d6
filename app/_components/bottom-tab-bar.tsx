"use client";
import { Activity, CircleCheckBig, House, Menu as MenuIcon, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "../_lib/cn";
import { isOpen } from "./nav-links";
import { MORE_ITEMS, MoreMenuContent } from "./more-menu";
import { Menu, MenuTrigger } from "./ui/menu";
import { useUnreadCount } from "./unread-count";

const TABS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/today", label: "Today", icon: House },
  { href: "/checkin", label: "Check in", icon: CircleCheckBig },
  { href: "/clubs", label: "Clubs", icon: Users },
  { href: "/training", label: "Training", icon: Activity },
];

const TAB = "flex min-h-14 w-full flex-col items-center justify-center gap-0.5 px-1 pt-1.5 pb-1 text-xs font-medium";
const tabColour = (active: boolean) => (active ? "text-brand-800" : "text-stone-600 hover:text-stone-900");

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
          <Menu>
            <MenuTrigger
              aria-label={count ? `More, ${shown} unread` : "More"}
              className={cn(TAB, tabColour(moreOpen), "relative data-[state=open]:text-stone-900")}
            >
              <MenuIcon aria-hidden className="size-6" strokeWidth={moreOpen ? 2.5 : 2} />
              <span className={cn(moreOpen && "font-bold")}>More</span>
              {count ? (
                <span aria-hidden className="absolute left-1/2 top-0.5 ml-1.5 min-w-5 rounded-full bg-ember-600 px-1 text-center text-xs font-bold leading-5 text-white">
                  {shown}
                </span>
              ) : null}
            </MenuTrigger>
            <MoreMenuContent name={name} unread={count} pathname={pathname} />
          </Menu>
        </li>
      </ul>
    </nav>
  );
}
