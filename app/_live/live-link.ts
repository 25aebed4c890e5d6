"use client";
// The subscription side of the tRPC client (SSE, resume and backoff), in a chunk of its own: app/_trpc/lazy-live-link.ts
// loads it after the page has loaded, so live updates never add to what a page needs to show.
import { httpSubscriptionLink, retryLink, TRPCClientError, type OperationLink, type TRPCLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/routers/_app";
import { LiveEventSource, liveRetryDelayMs } from "./live-event-source";

/** A dropped stream comes back from its last event id, with backoff; a refusal isn't asked again. */
export function liveLink(runtime: Parameters<TRPCLink<AppRouter>>[0]): OperationLink<AppRouter> {
  const retry = retryLink<AppRouter>({ retry: ({ error }) => !isRefusal(error), retryDelayMs: liveRetryDelayMs })(runtime);
  const stream = (
    httpSubscriptionLink({ url: "/api/trpc", transformer: superjson, EventSource: LiveEventSource }) as TRPCLink<AppRouter>
  )(runtime);
  const end = () => {
    throw new Error("the subscription link ends the chain");
  };
  return ({ op }) => retry({ op, next: (retried) => stream({ op: retried, next: end }) });
}

/** The server said no (signed out, not a member, a bad input): asking again won't help. Anything else is retried. */
function isRefusal(error: unknown): boolean {
  const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
  return code !== undefined && !["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "BAD_GATEWAY", "GATEWAY_TIMEOUT", "TOO_MANY_REQUESTS"].includes(code);
}
