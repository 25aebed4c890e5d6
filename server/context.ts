import { getDb } from "./db";
import { currentUserId } from "./auth";
import { createInnerContext, type Context } from "./trpc";

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

/** The outer context for HTTP requests and Server Components: reads the session once. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const [db, userId] = await Promise.all([getDb(), currentUserId()]);
  return createInnerContext({ db, user: userId ? { id: userId } : null, ip: clientIp(headers) });
}
