import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "./errors";

/**
 * The field-level messages an error carries, keyed by input path ("_form" for the input as a whole):
 * a ZodError's issues or an AppError's own fieldErrors, given directly or as a TRPCError's cause.
 * Null when it carries none. The error formatter sends these to forms; tests assert on them.
 */
export function fieldErrorsOf(error: unknown): Record<string, string[]> | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof AppError) return cause.fieldErrors ?? null;
  if (!(cause instanceof ZodError)) return null;
  const out: Record<string, string[]> = {};
  for (const issue of cause.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
