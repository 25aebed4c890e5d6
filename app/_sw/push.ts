/// <reference lib="webworker" />
// Web push, moved here from the old public/sw.js: show the message, and open its link (only a page of this site).
declare const self: ServiceWorkerGlobalScope;

export function showPush(event: PushEvent) {
  let data: Record<string, unknown> = {};
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
}

export function openNotification(event: NotificationEvent) {
  event.notification.close();
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
}
