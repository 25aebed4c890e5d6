/// <reference lib="webworker" />
// The offline page is fetched without cookies, so the copy kept on the phone never carries the signed-in person's
// name or data (a shared phone shows the next person nothing of the last). Serwist's precache would send cookies.
export const OFFLINE_URL = "/offline";
const OFFLINE_CACHE = "rf-offline-page";

export async function keepOfflinePage() {
  const response = await fetch(OFFLINE_URL, { credentials: "omit", cache: "no-store" });
  if (!response.ok) throw new Error(`The offline page answered ${response.status}`);
  await (await caches.open(OFFLINE_CACHE)).put(OFFLINE_URL, response);
}

export async function offlinePage(): Promise<Response> {
  return (await caches.match(OFFLINE_URL, { cacheName: OFFLINE_CACHE })) ?? Response.error();
}
