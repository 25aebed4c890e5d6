"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export const NAV_ITEMS = [
  { href: "/today", label: "Today" },
  { href: "/checkin", label: "Check in" },
  { href: "/clubs", label: "My clubs" },
  { href: "/training", label: "Training" },
  { href: "/goals", label: "Goals" },
  { href: "/history", label: "History" },
] as const;

/** A section is open on its own page and on every page under it. */
export function isOpen(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(href + "/");
}

/** The desktop top navigation (phones get the bottom tab bar); wraps rather than scrolling sideways. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {NAV_ITEMS.map((item) => {
        const active = isOpen(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium ${
                active ? "bg-brand-100 text-brand-900" : "text-stone-700 hover:bg-stone-100"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
