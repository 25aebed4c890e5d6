"use client";
import { useEffect } from "react";

/** Registers the app's one service worker (app/sw.ts, served at /sw.js), which web push uses too. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker (blocked, private mode): the app still works online, only without offline pages.
    });
  }, []);
  return null;
}
