import { TRPCClientError } from "@trpc/client";

type ErrorData = { fieldErrors?: Record<string, string[]> | null; code?: string } | undefined;

/** Field-level messages from a failed mutation, keyed by input field name. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (error instanceof TRPCClientError) return ((error.data as ErrorData)?.fieldErrors ?? {}) as Record<string, string[]>;
  return {};
}

/** A message fit to show a person: never a stack trace. */
export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) return error.message;
  return "Something went wrong. Please try again.";
}
