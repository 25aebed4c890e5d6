// A minimal signed-in HTTP client for load scripts: next-auth credentials sign-in, then tRPC calls over HTTP.
import superjson from "superjson";

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code?: string) {
    super(message);
  }
}

function assertLoopback(baseUrl: string) {
  const host = new URL(baseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Load scripts only target this machine (loopback); refusing ${host}.`);
  }
}

/** fetch() with the transport cause in the message ("fetch failed" alone says nothing). */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new HttpError(0, `transport: ${cause?.code ?? ""} ${cause?.message ?? (err as Error).message}`.trim());
  }
}

export class Session {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {
    assertLoopback(baseUrl);
  }

  /** The cookies this session holds, as a Cookie header (for raw requests to the same site). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrfResponse = await fetch(`${this.baseUrl}/api/auth/csrf`, { headers: { cookie: this.cookieHeader() } });
    this.remember(csrfResponse);
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
    const response = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader() },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${this.baseUrl}/today` }),
    });
    this.remember(response);
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new HttpError(response.status, `sign-in failed for ${email}`);
    }
  }

  private async unwrap<T>(response: Response): Promise<T> {
    const text = await response.text();
    let body: { result?: { data: unknown }; error?: { json: { message: string; data?: { code?: string } } } };
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(response.status, `non-JSON answer (${response.status}): ${text.slice(0, 120)}`);
    }
    if (!response.ok || body.error) {
      throw new HttpError(response.status, body.error?.json.message ?? `HTTP ${response.status}`, body.error?.json.data?.code);
    }
    return superjson.deserialize(body.result!.data as never) as T;
  }

  async query<T = unknown>(path: string, input?: unknown): Promise<T> {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const response = await send(`${this.baseUrl}/api/trpc/${path}${qs}`, { headers: { cookie: this.cookieHeader() } });
    return this.unwrap<T>(response);
  }

  async mutate<T = unknown>(path: string, input?: unknown): Promise<T> {
    const response = await send(`${this.baseUrl}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: this.cookieHeader() },
      body: JSON.stringify(superjson.serialize(input)),
    });
    return this.unwrap<T>(response);
  }

  async page(path: string): Promise<number> {
    const response = await send(`${this.baseUrl}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    const html = await response.text();
    if (response.status >= 500) {
      // The app's error page asks people to try again; anything else (a stack trace, a blank page) is not clean.
      const clean = /try again/i.test(html) && !/at .*\.js:\d+/.test(html);
      throw new HttpError(response.status, `page ${path} answered ${response.status}${clean ? " (its error page says: please try again)" : ""}`);
    }
    return response.status;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
