import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Whether a server-caller rejection carries one of these tRPC codes. */
export function isTrpcCode(err: unknown, ...codes: TRPCError["code"][]): err is TRPCError {
  return err instanceof TRPCError && codes.includes(err.code);
}

/**
 * A lookup that found nothing the caller may see. BAD_REQUEST counts too: an id or token in a URL that can't
 * be valid names nothing, and a page should say "not found" rather than show a form error.
 */
export function isNotFound(err: unknown): err is TRPCError {
  return isTrpcCode(err, "NOT_FOUND", "BAD_REQUEST");
}

/** Awaits a server-caller call for a page: nothing there is the page's 404; any other error propagates. */
export async function orNotFound<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    if (isNotFound(err)) notFound();
    throw err;
  }
}
