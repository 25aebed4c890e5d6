import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { fieldErrorsOf } from "@/server/field-errors";

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

/**
 * What a server action's form shows when the caller refused: the field messages where a field is at fault, else the
 * message. A crash (or anything that isn't a refusal) is rethrown, so the error page shows instead of a stack trace.
 */
export function refusalOf(err: unknown): { error?: string; fieldErrors?: Record<string, string[]> } {
  if (!(err instanceof TRPCError) || err.code === "INTERNAL_SERVER_ERROR") throw err;
  const fieldErrors = fieldErrorsOf(err);
  return fieldErrors ? { fieldErrors } : { error: err.message };
}
