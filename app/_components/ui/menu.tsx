"use client";
import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { cn } from "@/app/_lib/cn";

// Radix gives the menu its roles, arrow-key movement, typeahead, Escape and focus return. This file only dresses it
// (shadcn/ui style): a card-like panel with rows at least 44 px tall for a thumb.

export const Menu = RadixMenu.Root;
export const MenuTrigger = RadixMenu.Trigger;

const ROW = "flex min-h-11 w-full cursor-pointer select-none items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-stone-800 outline-none data-[highlighted]:bg-stone-100";

export function MenuContent({ children, className, ...props }: RadixMenu.DropdownMenuContentProps) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        sideOffset={8}
        collisionPadding={8}
        className={cn("z-50 min-w-56 rounded-2xl border border-stone-200 bg-white p-1.5 shadow-xl", className)}
        {...props}
      >
        {children}
      </RadixMenu.Content>
    </RadixMenu.Portal>
  );
}

/** A menu row that goes to a page; closing the menu as it navigates. */
export function MenuLink({ href, children, current }: { href: string; children: React.ReactNode; current?: boolean }) {
  return (
    <RadixMenu.Item asChild>
      <Link href={href} aria-current={current ? "page" : undefined} className={cn(ROW, current && "bg-brand-50 text-brand-900")}>
        {children}
      </Link>
    </RadixMenu.Item>
  );
}

/** A menu row that does something here (sign out). */
export function MenuItem({ children, onSelect, className }: { children: React.ReactNode; onSelect: (event: Event) => void; className?: string }) {
  return (
    <RadixMenu.Item onSelect={onSelect} className={cn(ROW, className)}>
      {children}
    </RadixMenu.Item>
  );
}

export function MenuSeparator() {
  return <RadixMenu.Separator className="my-1 h-px bg-stone-200" />;
}

export function MenuLabel({ children }: { children: React.ReactNode }) {
  return <RadixMenu.Label className="truncate px-3 py-2 text-xs font-semibold text-stone-600">{children}</RadixMenu.Label>;
}
