import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Asserts a call fails with a tRPC code and, optionally, a field-level message. */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"], field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (field) {
    const cause = (error as TRPCError).cause as { fieldErrors?: Record<string, string[]>; issues?: { path: PropertyKey[] }[] } | undefined;
    const fields = cause?.fieldErrors ? Object.keys(cause.fieldErrors) : (cause?.issues ?? []).map((i) => i.path.map(String).join("."));
    expect(fields).toContain(field);
  }
  return error as TRPCError;
}
