// Where to go after sign-in. Same-origin by construction: the value is parsed the way a browser would parse it (tabs
// and newlines stripped, "\" read as "/", "//host" read as another host), and only a URL that stays on the app's
// origin is kept, as its path, query and fragment. String checks on the raw value miss what the parser does to it.

/** Stands in for the app's origin when the caller has none to give: only its sameness matters. */
const APP_ORIGIN = "https://app.invalid";

function sameOriginPath(value: string, base: URL): string | null {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The path to send a signed-in user to: `value` if it resolves to a page of this app, else `fallback`. The result is
 * parsed once more, so a path the parser normalised into "//host" (from "/.//host") can't leave the origin either.
 */
export function safeCallbackUrl(value: unknown, fallback = "/today", appOrigin: string = APP_ORIGIN): string {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  let base: URL;
  try {
    base = new URL(appOrigin);
  } catch {
    base = new URL(APP_ORIGIN);
  }
  const path = sameOriginPath(value, base);
  if (path === null || !path.startsWith("/") || sameOriginPath(path, base) !== path) return fallback;
  return path;
}
