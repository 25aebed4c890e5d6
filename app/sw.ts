/// <reference lib="webworker" />
// Run Forward's service worker, bundled by Serwist (app/serwist/[path]/route.ts) and served at /sw.js. It precaches the
// app shell (Next's static JS/CSS, icons), answers a failed page load with the offline page, and shows web pushes.
// Pages and tRPC answers always come from the network and are never stored: they hold one person's data.
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { keepOfflinePage, offlinePage } from "./_sw/offline-page";
import { openNotification, showPush } from "./_sw/push";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
    { matcher: ({ url }) => url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    {
      // Images of this site that were not precached (Next's image route, icons): the same for everyone.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.destination === "image",
      handler: new CacheFirst({ cacheName: "rf-runtime-images", plugins: [new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * 24 * 3600 })] }),
    },
  ],
});

// A page that cannot load (no connection) gets the offline page instead of the browser's error.
serwist.setCatchHandler(async ({ request }) => (request.mode === "navigate" ? offlinePage() : Response.error()));

self.addEventListener("install", (event) => event.waitUntil(keepOfflinePage()));
self.addEventListener("push", showPush);
self.addEventListener("notificationclick", openNotification);

serwist.addEventListeners();
