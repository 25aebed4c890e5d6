import { getDb } from "./db";
import { clientAddress } from "./http/client-address";
import { currentUserId } from "./auth";
import { createInnerContext, type Context } from "./trpc";

/** The outer context for HTTP requests and Server Components: reads the session once. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const [db, userId] = await Promise.all([getDb(), currentUserId()]);
  return createInnerContext({ db, user: userId ? { id: userId } : null, ip: clientAddress(headers) });
}
