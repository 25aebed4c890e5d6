import { initTRPC, TRPCError } from "@trpc/server";
// The marker lets a middleware answer without running the procedure (a replayed create); tRPC is pinned exactly.
import { middlewareMarker } from "@trpc/server/unstable-core-do-not-import";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@/db/client";
import { requireClubAccess, type ClubRole } from "./domain/clubs/club-access";
import { runOnce } from "./domain/idempotency/run-once";
import { AppError, type AppErrorCode } from "./errors";
import { fieldErrorsOf } from "./field-errors";

export type SessionUser = { id: string };

/** The inner context: everything a procedure needs, buildable directly in tests. */
export type Context = {
  db: Db;
  user: SessionUser | null;
  /** Client address, for rate limits. */
  ip: string;
};

export function createInnerContext(ctx: Context): Context {
  return ctx;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Live streams (server/routers/live.ts): a ping every 10 s keeps proxies from closing an idle stream, and a browser
  // that hears nothing for 25 s (no ping either) reconnects, resuming from its last event id.
  sse: { ping: { enabled: true, intervalMs: 10_000 }, client: { reconnectAfterInactivityMs: 25_000 } },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors = fieldErrorsOf(error);
    const message =
      cause instanceof ZodError
        ? `Please check ${Object.keys(fieldErrors ?? {}).join(", ") || "your input"}: ${cause.issues[0]?.message ?? "invalid"}`
        : error.code === "INTERNAL_SERVER_ERROR"
          ? "Something went wrong on our side. Please try again."
          : shape.message;
    // Never send a stack trace to the browser.
    const data = { ...shape.data, stack: undefined };
    return { ...shape, message, data: { ...data, fieldErrors } };
  },
});

const TRPC_CODES: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED",
  "CONNECTION_DESTROYED", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004",
]);

/** A lost or unreachable database, by the driver's or the server's error code. */
export function isConnectionError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_ERROR_CODES.has(code)) return true;
  }
  return false;
}

/** Maps the domain's typed errors (and a lost database) to tRPC codes, in one place. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: TRPC_CODES[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR" && isConnectionError(cause ?? result.error)) {
      throw new TRPCError({
        code: "SERVICE_UNAVAILABLE",
        message: "The database is briefly unavailable. Please try again in a moment.",
      });
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** The dotted path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_form" : null;
  if (depth > 8 || value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nulPath(child, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Refuses NUL characters at their field before any query, instead of a 500 from the database ("invalid byte sequence"). */
const rejectNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const field = nulPath(await getRawInput());
  if (field !== null) throw AppError.field(field, "Remove the hidden control character (NUL) from this text");
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(rejectNulCharacters);

/** Signed-in callers only; ctx.user is non-null from here on. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** The key a client sends with each create; the same key twice means the same create, answered once. */
export const idempotencyInput = z.object({ idempotencyKey: z.uuid("Reload the page and try again").optional() });

class RolledBack {
  constructor(readonly result: unknown) {}
}

/**
 * Every create runs through here: with a key, the create and its key commit in one transaction, and a duplicate
 * (double submit, network retry) gets the first answer instead of a second row.
 */
const writeOnce = t.middleware(async ({ ctx, type, path, input, getRawInput, next }) => {
  const key = type === "mutation" && ctx.user ? idempotencyInput.safeParse(input).data?.idempotencyKey : undefined;
  if (!key || !ctx.user) {
    const { idempotencyKey: _drop, ...rest } = (input ?? {}) as Record<string, unknown>;
    return next({ input: rest });
  }
  const { idempotencyKey: _key, ...details } = ((await getRawInput()) ?? {}) as Record<string, unknown>;
  try {
    const outcome = await runOnce(
      { db: ctx.db, userId: ctx.user.id, key, scope: path, input: details },
      async (tx) => {
        // The key stops here: domain code sees only the create's own fields.
        const { idempotencyKey: _drop, ...rest } = input as Record<string, unknown>;
        const result = await next({ ctx: { ...ctx, db: tx as unknown as Db }, input: rest });
        // Throwing rolls back the claim with the work, so the same key may be retried.
        if (!result.ok) throw new RolledBack(result);
        return result;
      },
      (result) => superjson.serialize(result.data),
    );
    if (!outcome.replayed) return outcome.value;
    const data: unknown = superjson.deserialize(outcome.stored as Parameters<typeof superjson.deserialize>[0]);
    return { marker: middlewareMarker, ok: true as const, data };
  } catch (err) {
    if (err instanceof RolledBack) return err.result as Awaited<ReturnType<typeof next>>;
    throw err;
  }
});

/** A signed-in create: it accepts an idempotency key and writes at most once per key. */
export const protectedCreateProcedure = protectedProcedure.input(idempotencyInput).use(writeOnce);

const clubInput = z.object({ clubId: z.uuid("Unknown club") });

/** Signed-in callers with at least this role in the club named by input.clubId; adds ctx.club and ctx.role. */
function clubProcedure(level: "member" | "coach" | "owner") {
  return protectedProcedure.input(clubInput).use(async ({ ctx, input, next }) => {
    const { club, role } = await requireClubAccess(ctx.db, { club: { id: input.clubId }, userId: ctx.user.id, level });
    return next({ ctx: { ...ctx, club, role } });
  });
}

/** A member's role, or no role for a viewer who isn't one (perhaps not signed in). */
type ClubViewer = { role: ClubRole; user: SessionUser } | { role: null; user: SessionUser | null };

/**
 * Anyone who may see the club's public face: everyone for a public club, active members for a private one (anyone
 * else gets NOT_FOUND). Adds ctx.club, and ctx.role, which is null for a non-member.
 */
export const clubViewerProcedure = publicProcedure.input(clubInput).use(async ({ ctx, input, next }) => {
  const { club, role } = await requireClubAccess(ctx.db, { club: { id: input.clubId }, userId: ctx.user?.id ?? null, level: "viewer" });
  const viewer: ClubViewer = role && ctx.user ? { role, user: ctx.user } : { role: null, user: ctx.user };
  return next({ ctx: { ...ctx, club, ...viewer } });
});

/** Active members of the club. */
export const clubMemberProcedure = clubProcedure("member");

/** The club's coaches and owner. */
export const clubCoachProcedure = clubProcedure("coach");

/** The club's owner only. */
export const clubOwnerProcedure = clubProcedure("owner");

/** A member's create in their club, once per idempotency key. */
export const clubMemberCreateProcedure = clubMemberProcedure.input(idempotencyInput).use(writeOnce);

/** A coach's create in their club, once per idempotency key. */
export const clubCoachCreateProcedure = clubCoachProcedure.input(idempotencyInput).use(writeOnce);
