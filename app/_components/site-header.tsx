import { Footprints } from "lucide-react";
import Link from "next/link";
import { currentSession } from "@/server/auth";
import { signOutAction } from "../(auth)/actions";
import { BottomTabBar } from "./bottom-tab-bar";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";

export async function SiteHeader() {
  const session = await currentSession();
  const signedIn = Boolean(session?.user?.id);
  const name = session?.user?.name ?? "Profile";
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 pt-[env(safe-area-inset-top)] backdrop-blur">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <Link href={signedIn ? "/today" : "/"} className="flex shrink-0 items-center gap-2 whitespace-nowrap font-bold text-brand-800">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-brand-700 text-white">
              <Footprints className="size-5" />
            </span>
            <span className="text-lg tracking-tight">Run Forward</span>
          </Link>
          {signedIn ? (
            <div className="flex min-w-0 items-center gap-1 sm:gap-2">
              <NotificationBell />
              {/* On a phone the name and signing out live in the bottom bar's More, where the name is never cut short. */}
              <Link href="/profile" className="hidden min-w-0 truncate rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 sm:block">
                {name}
              </Link>
              <form action={signOutAction} className="hidden sm:block">
                <button type="submit" className="whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
                  Sign out
                </button>
              </form>
            </div>
          ) : (
            <div className="flex items-center gap-2">
              <Link href="/signin" className="rounded-lg px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100">
                Sign in
              </Link>
              <Link href="/signup" className="btn-primary">
                Join free
              </Link>
            </div>
          )}
        </div>
        {signedIn ? (
          <nav aria-label="Main" className="mx-auto hidden max-w-5xl px-2 pb-2 sm:block">
            <NavLinks />
          </nav>
        ) : null}
      </header>
      {signedIn ? <BottomTabBar name={name} /> : null}
    </>
  );
}
