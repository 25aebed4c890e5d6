import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { revokeSessions } from "@/server/domain/accounts/sessions";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { clearSessionCookieCache, decodeSessionToken, readSessionCookie, SESSION_COOKIE, sessionCookieCacheSize } from "./session-cookie";

const SECRET = "session-cookie-test-secret-".repeat(2);
// currentSession reads the request's headers and the app's database; both are stood in for here, the cookie is real.
const state = vi.hoisted(() => ({ headers: new Headers(), db: null as unknown }));
vi.mock("next/headers", () => ({ headers: async () => state.headers }));
vi.mock("@/server/db", () => ({ getDb: async () => state.db }));
// next-auth's Next.js entry needs Next's runtime; these cookies never reach its full path (that would fail the test).
vi.mock("next-auth", () => ({
  default: () => ({ auth: async () => Promise.reject(new Error("auth() was not expected here")), handlers: {}, signIn: null, signOut: null }),
  CredentialsSignin: class extends Error {},
}));
vi.mock("next-auth/providers/credentials", () => ({ default: () => ({}) }));
vi.mock("@/server/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/env")>();
  return { ...real, env: () => real.parseEnv({ ...process.env, AUTH_SECRET: SECRET }) };
});
const { currentSession } = await import("@/server/auth");

const HOUR = 3600;
const cookieFor = (claims: Record<string, unknown>, salt: string, maxAge = HOUR) => encode({ token: claims, secret: SECRET, salt, maxAge });
const overHttps = (cookie: string) => new Headers({ cookie, "x-forwarded-proto": "https" });

describe("session cookie reader", () => {
  const t = setupTestDb();
  beforeAll(() => {
    state.db = t.db;
  });
  beforeEach(() => clearSessionCookieCache());

  it("decodes a cookie next-auth issued, and answers the same cookie again from its cache", async () => {
    const uid = crypto.randomUUID();
    const token = await cookieFor({ uid, sv: 3, email: "a@example.test" }, SESSION_COOKIE.secure);
    const first = await decodeSessionToken(token, SECRET, SESSION_COOKIE.secure);
    expect(first).toMatchObject({ uid, sv: 3, email: "a@example.test" });
    expect(sessionCookieCacheSize()).toBe(1);
    expect(await decodeSessionToken(token, SECRET, SESSION_COOKIE.secure)).toBe(first);
  });

  it("turns away a tampered cookie, one made with another secret, and one under the other scheme's name", async () => {
    const token = await cookieFor({ uid: crypto.randomUUID(), sv: 0 }, SESSION_COOKIE.secure);
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await decodeSessionToken(tampered, SECRET, SESSION_COOKIE.secure)).toBeNull();
    expect(await decodeSessionToken(token, "another-secret-of-enough-length-000000", SESSION_COOKIE.secure)).toBeNull();
    // The name is the key's salt: the same token offered as the plain http cookie doesn't decrypt.
    expect(await decodeSessionToken(token, SECRET, SESSION_COOKIE.plain)).toBeNull();
    expect(sessionCookieCacheSize()).toBe(0);
  });

  it("honours the token's expiry, also for a cookie already in the cache", async () => {
    const now = Date.now();
    const token = await cookieFor({ uid: crypto.randomUUID(), sv: 0 }, SESSION_COOKIE.secure, 60);
    expect(await decodeSessionToken(token, SECRET, SESSION_COOKIE.secure, now)).not.toBeNull();
    expect(await decodeSessionToken(token, SECRET, SESSION_COOKIE.secure, now + 61_000)).toBeNull();
    expect(sessionCookieCacheSize()).toBe(0);
  });

  it("reads the secure name over https and the plain one over http, and leaves chunked or mismatched cookies to next-auth", async () => {
    const uid = crypto.randomUUID();
    const secure = await cookieFor({ uid, sv: 0 }, SESSION_COOKIE.secure);
    const plain = await cookieFor({ uid, sv: 0 }, SESSION_COOKIE.plain);
    expect(await readSessionCookie(overHttps(`${SESSION_COOKIE.secure}=${secure}`), SECRET)).toMatchObject({ kind: "claims", claims: { uid } });
    const http = new Headers({ cookie: `theme=dark; ${SESSION_COOKIE.plain}=${plain}`, "x-forwarded-proto": "http" });
    expect(await readSessionCookie(http, SECRET)).toMatchObject({ kind: "claims", claims: { uid } });
    expect(await readSessionCookie(overHttps(`${SESSION_COOKIE.plain}=${plain}`), SECRET)).toEqual({ kind: "unusual" });
    expect(await readSessionCookie(overHttps(`${SESSION_COOKIE.secure}.0=abc; ${SESSION_COOKIE.secure}.1=def`), SECRET)).toEqual({ kind: "unusual" });
    expect(await readSessionCookie(overHttps("theme=dark"), SECRET)).toEqual({ kind: "none" });
  });

  it("currentSession still checks the session version on every call: a cached cookie is refused once revoked", async () => {
    const user = await makeUser(t.db);
    const token = await cookieFor({ uid: user.id, sv: user.sessionVersion, email: user.email }, SESSION_COOKIE.secure);
    state.headers = overHttps(`${SESSION_COOKIE.secure}=${token}`);
    const session = await currentSession();
    expect(session?.user?.id).toBe(user.id);
    expect(session?.sessionVersion).toBe(user.sessionVersion);
    expect(sessionCookieCacheSize()).toBe(1);

    await revokeSessions(t.db, { userId: user.id });
    expect(await currentSession()).toBeNull();
  });

  it("currentSession gives no session for a missing, forged or stale-version cookie", async () => {
    const user = await makeUser(t.db);
    state.headers = overHttps("theme=dark");
    expect(await currentSession()).toBeNull();
    state.headers = overHttps(`${SESSION_COOKIE.secure}=not-a-token`);
    expect(await currentSession()).toBeNull();
    const stale = await cookieFor({ uid: user.id, sv: user.sessionVersion + 1 }, SESSION_COOKIE.secure);
    state.headers = overHttps(`${SESSION_COOKIE.secure}=${stale}`);
    expect(await currentSession()).toBeNull();
  });
});
