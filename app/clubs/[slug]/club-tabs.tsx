"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type ClubTab = { href: string; label: string };

/** The club's tab bar; scrolls sideways on a narrow phone rather than wrapping. */
export function ClubTabs({ tabs, base }: { tabs: ClubTab[]; base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Club" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-stone-200 px-1">
        {tabs.map((tab) => {
          const active = tab.href === base ? pathname === base : pathname === tab.href || pathname.startsWith(tab.href + "/");
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                  active ? "border-brand-700 text-brand-900" : "border-transparent text-stone-600 hover:text-stone-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
