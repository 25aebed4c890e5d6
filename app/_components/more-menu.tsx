"use client";
import { Bell, ChartLine, LogOut, Settings, Target, UserRound, type LucideIcon } from "lucide-react";
import { useTransition } from "react";
import { signOutAction } from "../(auth)/actions";
import { isOpen } from "./nav-links";
import { MenuContent, MenuItem, MenuLabel, MenuLink, MenuSeparator } from "./ui/menu";

export const MORE_ITEMS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/goals", label: "Goals", icon: Target },
  { href: "/history", label: "History", icon: ChartLine },
  { href: "/notifications", label: "Notifications", icon: Bell },
  { href: "/profile", label: "Profile", icon: UserRound },
  { href: "/account", label: "Account", icon: Settings },
];

/** The bottom bar's "More": the places that don't fit in four tabs, who is signed in, and signing out. */
export function MoreMenuContent({ name, unread, pathname }: { name: string; unread: number; pathname: string }) {
  const [signingOut, startSignOut] = useTransition();
  return (
    <MenuContent side="top" align="end">
      <MenuLabel>Signed in as {name}</MenuLabel>
      {MORE_ITEMS.map(({ href, label, icon: Icon }) => (
        <MenuLink key={href} href={href} current={isOpen(pathname, href)}>
          <Icon aria-hidden className="size-5 text-stone-600" />
          <span className="flex-1">{label}</span>
          {href === "/notifications" && unread ? (
            <span className="rounded-full bg-ember-600 px-2 text-xs font-bold leading-5 text-white">{unread} unread</span>
          ) : null}
        </MenuLink>
      ))}
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
  );
}
