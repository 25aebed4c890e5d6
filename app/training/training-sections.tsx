"use client";
import { FileUp, Medal, NotebookPen, TrendingUp, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/app/_lib/cn";

const SECTIONS: { href: string; label: string; icon: LucideIcon }[] = [
  { href: "/training", label: "Log", icon: NotebookPen },
  { href: "/training/races", label: "Races", icon: Medal },
  { href: "/training/import", label: "Import", icon: FileUp },
  { href: "/training/trends", label: "Trends", icon: TrendingUp },
];

/** Links, not tabs: each section is its own page, so it has its own address, back button and first load. */
export function TrainingSections() {
  const pathname = usePathname();
  return (
    <nav aria-label="Training sections">
      <ul className="grid grid-cols-4 gap-1 rounded-xl bg-stone-100 p-1">
        {SECTIONS.map(({ href, label, icon: Icon }) => {
          const active = pathname === href;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex min-h-11 flex-col items-center justify-center gap-0.5 rounded-lg px-1 py-1.5 text-xs font-medium sm:flex-row sm:gap-2 sm:text-sm",
                  active ? "bg-white font-semibold text-brand-900 shadow-sm" : "text-stone-700 hover:text-stone-900",
                )}
              >
                <Icon aria-hidden className="size-5" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
