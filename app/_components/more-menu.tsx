"use client";
import { Bell, ChartLine, LogOut, Settings, Target, UserRound, type LucideIcon } from "lucide-react";
import { useEffect, useTransition } from "react";
import { signOutAction } from "../(auth)/actions";
import { MORE_ITEMS, type MoreHref } from "./more-items";
import { isOpen } from "./nav-links";
import { Menu, MenuContent, MenuItem, MenuLabel, MenuLink, MenuSeparator, MenuTrigger } from "./ui/menu";

const ICONS: Record<MoreHref, LucideIcon> = {
  "/goals": Target,
  "/history": ChartLine,
  "/notifications": Bell,
  "/profile": UserRound,
  "/account": Settings,
};

type MoreMenuProps = {
  name: string;
  unread: number;
  pathname: string;
  /** The trigger's look and accessible name, the same as the stand-in button the bar shows until this loads. */
  triggerLabel: string;
  triggerClassName: string;
  children: React.ReactNode;
  /** Opened by the first tap or key press on the stand-in; a keyboard open puts focus on the first item, as Radix does. */
  openedByKeyboard: boolean;
};

/**
 * The bottom bar's "More" (Radix dropdown menu): the places that don't fit in four tabs, who is signed in, and signing
 * out. Loaded on first use (bottom-tab-bar.tsx), so it mounts already open.
 */
export function MoreMenu({ name, unread, pathname, triggerLabel, triggerClassName, children, openedByKeyboard }: MoreMenuProps) {
  const [signingOut, startSignOut] = useTransition();
  useEffect(() => {
    // Radix focuses the first item when the menu opens from the keyboard, which it learns from a keydown on the
    // document after it mounted; the press that loaded this came before, so it hears of one now.
    if (openedByKeyboard) document.dispatchEvent(new KeyboardEvent("keydown"));
    // Only for the open this mount began with; later opens are Radix's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Menu defaultOpen>
      <MenuTrigger aria-label={triggerLabel} className={triggerClassName}>
        {children}
      </MenuTrigger>
      <MenuContent side="top" align="end">
        <MenuLabel>Signed in as {name}</MenuLabel>
        {MORE_ITEMS.map(({ href, label }) => {
          const Icon = ICONS[href];
          return (
            <MenuLink key={href} href={href} current={isOpen(pathname, href)}>
              <Icon aria-hidden className="size-5 text-stone-600" />
              <span className="flex-1">{label}</span>
              {href === "/notifications" && unread ? (
                <span className="rounded-full bg-ember-600 px-2 text-xs font-bold leading-5 text-white">{unread} unread</span>
              ) : null}
            </MenuLink>
          );
        })}
        <MenuSeparator />
        <MenuItem
          onSelect={(event) => {
            // Stay open, saying so, until the sign-out lands on the home page.
            event.preventDefault();
            startSignOut(() => signOutAction());
          }}
        >
          <LogOut aria-hidden className="size-5 text-stone-600" />
          {signingOut ? "Signing out…" : "Sign out"}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
