"use client";
import { useEffect } from "react";
import { clearOtherDrafts } from "@/app/checkin/draft";

// Runtime caches hold only shared assets, but a sign-out empties them anyway (the precache is the app itself).
const RUNTIME_CACHE_PREFIX = "rf-runtime-";

/** After a sign-out (or another person signing in) this browser keeps no one else's drafts or cached files. */
export function ForgetOtherPeople({ userId }: { userId: string | null }) {
  useEffect(() => {
    clearOtherDrafts(userId);
    if (userId || typeof caches === "undefined") return;
    void caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(RUNTIME_CACHE_PREFIX)).map((n) => caches.delete(n))))
      .catch(() => undefined);
  }, [userId]);
  return null;
}
