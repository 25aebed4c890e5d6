"use client";
import { TRPCClientError, type OperationLink, type TRPCLink } from "@trpc/client";
import { observable, type Unsubscribable } from "@trpc/server/observable";
import type { AppRouter } from "@/server/routers/_app";

/** Resolves once the page's load event has passed, so a stream's code is fetched after what the page needs. */
function afterLoad(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
}

/**
 * Subscriptions through app/_live/live-link.ts, imported on the first one after the page has loaded. A stream opened
 * before then waits a moment; the page re-reads what it shows once its stream is up, so nothing is missed.
 */
export const lazyLiveLink: TRPCLink<AppRouter> = (runtime) => {
  let loaded: Promise<OperationLink<AppRouter>> | undefined;
  const load = () => (loaded ??= afterLoad().then(() => import("@/app/_live/live-link")).then((m) => m.liveLink(runtime)));
  return ({ op }) =>
    observable((observer) => {
      let closed = false;
      let inner: Unsubscribable | undefined;
      load().then(
        (link) => {
          if (closed) return;
          inner = link({ op, next: () => { throw new Error("the live link ends the chain"); } }).subscribe(observer);
        },
        (error: unknown) => {
          loaded = undefined; // a failed chunk load (offline) is tried again by the next stream
          if (!closed) observer.error(TRPCClientError.from(error instanceof Error ? error : new Error(String(error))));
        },
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
};
