"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_lib/cn";

export type ClubTab = { href: string; label: string };

/** The club's sections; they wrap onto a second row on a narrow phone, so none hides and the open one always shows. */
export function ClubTabs({ tabs, base }: { tabs: ClubTab[]; base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Club">
      <ul className="flex flex-wrap gap-1 border-b border-stone-200 pb-2">
        {tabs.map((tab) => {
          const active = tab.href === base ? pathname === base : pathname === tab.href || pathname.startsWith(tab.href + "/");
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium",
                  active ? "bg-brand-100 font-semibold text-brand-900" : "text-stone-700 hover:bg-stone-100 hover:text-stone-900",
                )}
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
