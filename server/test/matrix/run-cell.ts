// Runs one call inside a transaction that is always rolled back, so every cell sees the same world and leaves
// nothing behind. Domain code's own transactions become savepoints inside it.
import { TRPCError } from "@trpc/server";
import { TransactionRollbackError } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appRouter } from "@/server/routers/_app";
import { callerFor } from "../fixtures";

export type Caller = ReturnType<typeof callerFor>;

/** Every procedure's dotted path and type, straight from the router. */
export function listProcedures(): { path: string; type: "query" | "mutation" | "subscription" }[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
  return Object.entries(procedures).map(([path, p]) => ({ path, type: p._def.type }));
}

/** Calls a procedure by its dotted path. */
export function invoke(api: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (i: unknown) => Promise<unknown>;
  return fn(input);
}

/**
 * Opens a subscription and closes it at once: its access checks run when it opens. Not in a rolled-back
 * transaction: a stream reads through the process's live hub, which needs the database itself, and it writes nothing.
 */
export async function openSubscription(api: Caller, path: string, input: unknown): Promise<Result> {
  try {
    const stream = (await invoke(api, path, input)) as AsyncIterable<unknown>;
    await stream[Symbol.asyncIterator]().return?.();
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, error };
  }
}

export type Result = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Runs fn in a transaction on db and rolls it back whatever happens; returns what fn returned or threw. */
export async function inRollback<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<{ result: Result; extra: T | undefined }> {
  let result: Result = { ok: false, error: new Error("cell did not run") };
  let extra: T | undefined;
  try {
    await db.transaction(async (tx) => {
      try {
        extra = await fn(tx as unknown as Db);
        result = { ok: true, value: extra };
      } catch (error) {
        result = { ok: false, error };
      }
      tx.rollback();
    });
  } catch (err) {
    if (!(err instanceof TransactionRollbackError)) throw err;
  }
  return { result, extra };
}

/** "ok", a tRPC code, or a description of a non-tRPC throw (which would be a bug in itself). */
export function outcomeOf(result: Result): string {
  if (result.ok) return "ok";
  if (result.error instanceof TRPCError) return result.error.code;
  return `non-tRPC error: ${String(result.error)}`;
}

/** The top-level keys a procedure's input schemas declare (zod objects), optional ones included. */
export function inputKeysOf(path: string): string[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs?: unknown[] } }>;
  const keys = new Set<string>();
  for (const parser of procedures[path]?._def.inputs ?? []) {
    const shape = (parser as { shape?: Record<string, unknown> }).shape;
    for (const key of Object.keys(shape ?? {})) keys.add(key);
  }
  return [...keys];
}
