// Run Forward's service worker: it only shows pushes and opens their link. It caches nothing, so pages behave
// exactly as without it. Registered from the profile page when someone turns on notifications for this device.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  const title = typeof data.title === "string" && data.title ? data.title : "Run Forward";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === "string" ? data.body : "",
      icon: "/push-icon.png",
      tag: typeof data.tag === "string" ? data.tag : undefined,
      data: { href: typeof data.href === "string" ? data.href : "/notifications" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  // Only a page of this site, whatever the message says.
  const target = new URL(event.notification.data?.href || "/notifications", self.location.origin);
  const href = target.origin === self.location.origin ? target.href : new URL("/notifications", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const same = open.find((c) => c.url === href) ?? open.find((c) => new URL(c.url).origin === self.location.origin);
      if (same) {
        if (same.url !== href && "navigate" in same) await same.navigate(href);
        return same.focus();
      }
      return self.clients.openWindow(href);
    })(),
  );
});

// A browser that renews its subscription (keys rotated by the push service) tells the page next time it opens;
// until then the old row answers 410 and is removed by the server.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
