"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, retryLink, splitLink, TRPCClientError } from "@trpc/client";
import { useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/routers/_app";
import { ToastProvider } from "@/app/_components/ui/toast";
import { LiveEventSource, liveRetryDelayMs } from "@/app/_live/live-event-source";
import { TRPCProvider } from "./client";

export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 15_000, retry: 1, refetchOnWindowFocus: false } },
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          // Live streams over server-sent events; a dropped one comes back from its last event id, with backoff.
          true: [
            retryLink({ retry: ({ error }) => !isRefusal(error), retryDelayMs: liveRetryDelayMs }),
            httpSubscriptionLink({ url: "/api/trpc", transformer: superjson, EventSource: LiveEventSource }),
          ],
          // maxItems matches the server's cap on calls per batch (app/api/trpc), so a busy page splits rather than fails.
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 20 }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <ToastProvider>{children}</ToastProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** The server said no (signed out, not a member, a bad input): asking again won't help. Anything else is retried. */
function isRefusal(error: unknown): boolean {
  const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
  return code !== undefined && !["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "BAD_GATEWAY", "GATEWAY_TIMEOUT", "TOO_MANY_REQUESTS"].includes(code);
}
