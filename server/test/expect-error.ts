import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { fieldErrorsOf } from "@/server/field-errors";

/** Asserts a call fails with a tRPC code and, optionally, a field-level message. */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"], field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (field) expect(Object.keys(fieldErrorsOf(error) ?? {})).toContain(field);
  return error as TRPCError;
}
