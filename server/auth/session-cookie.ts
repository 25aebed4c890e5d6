// The session cookie read without running next-auth's whole session action on every call. `auth()` builds a request,
// runs Auth() (config, cookie parsing, callbacks), decrypts the cookie (HKDF key derivation, a SHA-512 key thumbprint,
// AES-CBC + HMAC) and then encrypts a refreshed cookie that a Server Component or route handler can't even set. Here
// the cookie is decrypted once per process with next-auth's own decode(), and its claims are kept in a small bounded
// cache keyed by the exact cookie value until the token's own expiry. The caller still checks the session version
// against the database on every request (server/domain/accounts/sessions.ts), so revocation holds at once.
import { decode } from "next-auth/jwt";

/** next-auth's cookie names; the name is also the key-derivation salt, so a token only decodes under its own name. */
export const SESSION_COOKIE = { secure: "__Secure-authjs.session-token", plain: "authjs.session-token" } as const;

/** What the app takes from a session cookie (the rest of the JWT is next-auth's). */
export type SessionClaims = { uid: string; sv?: number; name?: string | null; email?: string | null; picture?: string | null; exp: number };

const MAX_ENTRIES = 5_000;
const claimsByToken = new Map<string, SessionClaims>();

/** For tests: forget every cached cookie. */
export function clearSessionCookieCache() {
  claimsByToken.clear();
}

export function sessionCookieCacheSize() {
  return claimsByToken.size;
}

/**
 * next-auth picks the secure name when the request came over https (x-forwarded-proto, which Next sets, else
 * https); the same rule here, so a plain-named cookie tossed onto an https site is never read as the session.
 */
export function sessionCookieName(headers: Headers): string {
  const proto = headers.get("x-forwarded-proto") ?? "https";
  return proto.startsWith("https") ? SESSION_COOKIE.secure : SESSION_COOKIE.plain;
}

/** Every cookie in a Cookie header, by name (the first of a repeated name, as browsers send the most specific first). */
export function parseCookies(header: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (out.has(name)) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out.set(name, decodeURIComponent(raw));
    } catch {
      out.set(name, raw);
    }
  }
  return out;
}

function remember(key: string, claims: SessionClaims) {
  if (claimsByToken.size >= MAX_ENTRIES) {
    // Map keeps insertion order; a hit re-inserts its entry, so the first key is the least recently used.
    const oldest = claimsByToken.keys().next().value;
    if (oldest !== undefined) claimsByToken.delete(oldest);
  }
  claimsByToken.set(key, claims);
}

/** The claims of one session token, or null when it doesn't decrypt, has no user or has expired. */
export async function decodeSessionToken(token: string, secret: string, salt: string, now = Date.now()): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const cached = claimsByToken.get(key);
  if (cached) {
    claimsByToken.delete(key);
    if (cached.exp * 1000 <= now) return null;
    claimsByToken.set(key, cached);
    return cached;
  }
  let payload: Record<string, unknown> | null;
  try {
    payload = await decode({ token, secret, salt });
  } catch {
    return null; // forged, tampered, made with another secret, or expired: simply no session
  }
  if (!payload || typeof payload.uid !== "string" || typeof payload.exp !== "number" || payload.exp * 1000 <= now) return null;
  const claims: SessionClaims = {
    uid: payload.uid,
    sv: typeof payload.sv === "number" ? payload.sv : undefined,
    name: typeof payload.name === "string" ? payload.name : null,
    email: typeof payload.email === "string" ? payload.email : null,
    picture: typeof payload.picture === "string" ? payload.picture : null,
    exp: payload.exp,
  };
  remember(key, claims);
  return claims;
}

export type CookieRead = { kind: "none" } | { kind: "claims"; claims: SessionClaims | null } | { kind: "unusual" };

/**
 * Reads the request's session cookie. "unusual" (a cookie split into chunks, or only the other scheme's name) is left
 * to next-auth's full path, so anything this reader doesn't cover behaves exactly as before.
 */
export async function readSessionCookie(headers: Headers, secret: string, now = Date.now()): Promise<CookieRead> {
  const cookies = parseCookies(headers.get("cookie"));
  const name = sessionCookieName(headers);
  const token = cookies.get(name);
  if (token) return { kind: "claims", claims: await decodeSessionToken(token, secret, name, now) };
  const other = name === SESSION_COOKIE.secure ? SESSION_COOKIE.plain : SESSION_COOKIE.secure;
  for (const cookie of cookies.keys()) if (cookie === other || cookie.startsWith(`${name}.`) || cookie.startsWith(`${other}.`)) return { kind: "unusual" };
  return { kind: "none" };
}
