"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { currentSubscription, PushBlockedError, pushSupport, subscribeThisDevice, type PushSupport } from "./push-devices-browser";
import { pushDeviceLabel } from "./push-devices-label";
import { PushDeviceList } from "./push-devices-list";

const BLOCKED =
  "Notifications are blocked for this site in your browser. Allow them in the site settings (the icon beside the address), then try again.";
const UNSUPPORTED =
  "This browser can't show notifications from Run Forward. On an iPhone or iPad, add Run Forward to your Home Screen (Share, then Add to Home Screen) and open it from there.";

const noChanges = () => () => {};

/** Push notifications: turn them on or off for this browser, and the list of the user's devices that get them. */
export function PushDevices() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Null on the server, which can't tell what this browser supports; the browser's answer once hydrated.
  const detected = useSyncExternalStore(noChanges, pushSupport, () => null);
  const [blockedNow, setBlockedNow] = useState(false);
  const support: PushSupport | null = blockedNow ? "blocked" : detected;
  const [thisEndpoint, setThisEndpoint] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { run, pending } = useSubmitOnce();
  const devicesKey = trpc.push.devices.queryKey();
  const subscribe = useMutation(trpc.push.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.push.unsubscribe.mutationOptions());

  useEffect(() => {
    if (pushSupport() !== "unsupported") void currentSubscription().then((s) => setThisEndpoint(s?.endpoint ?? null), () => setThisEndpoint(null));
  }, []);

  const turnOn = () =>
    run(async (idempotencyKey) => {
      setProblem(null);
      try {
        const { publicKey } = await queryClient.fetchQuery(trpc.push.publicKey.queryOptions());
        const sub = await subscribeThisDevice(publicKey);
        await subscribe.mutateAsync({
          endpoint: sub.endpoint ?? "",
          keys: { p256dh: sub.keys?.p256dh ?? "", auth: sub.keys?.auth ?? "" },
          label: pushDeviceLabel(navigator.userAgent),
          idempotencyKey,
        });
        setThisEndpoint(sub.endpoint ?? null);
      } catch (err) {
        if (err instanceof PushBlockedError || Notification.permission === "denied") setBlockedNow(true);
        else setProblem(err instanceof TRPCClientError ? messageOf(err) : "This browser's push service didn't answer. Please try again in a moment.");
        throw err;
      } finally {
        await queryClient.invalidateQueries({ queryKey: devicesKey });
      }
    });

  const turnOff = () =>
    run(async () => {
      setProblem(null);
      try {
        const sub = await currentSubscription();
        if (sub) {
          await unsubscribe.mutateAsync({ endpoint: sub.endpoint });
          await sub.unsubscribe();
        }
        setThisEndpoint(null);
      } catch (err) {
        setProblem(messageOf(err));
        throw err;
      } finally {
        await queryClient.invalidateQueries({ queryKey: devicesKey });
      }
    });

  const on = thisEndpoint !== null;
  return (
    <section className="card space-y-4" aria-labelledby="push-heading">
      <div>
        <h2 id="push-heading" className="text-lg font-semibold">Notifications on your devices</h2>
        <p className="mt-1 text-stone-700">
          Get a notification on this phone or computer, even when Run Forward isn&apos;t open. Quiet hours hold them back.
        </p>
      </div>
      {support === null ? (
        <div className="h-11 w-60 animate-pulse rounded-lg bg-stone-100" role="status" aria-label="Checking this browser" />
      ) : support === "unsupported" ? (
        <p className="rounded-xl bg-stone-100 p-3 text-sm text-stone-800">{UNSUPPORTED}</p>
      ) : support === "blocked" ? (
        <p role="alert" className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900">{BLOCKED}</p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          {on ? (
            <button type="button" className="btn-secondary" disabled={pending} onClick={turnOff}>
              {pending ? "Turning off…" : "Turn off on this device"}
            </button>
          ) : (
            <button type="button" className="btn-primary" disabled={pending} onClick={turnOn}>
              {pending ? "Turning on…" : "Turn on for this device"}
            </button>
          )}
          <span className="text-sm text-stone-700" aria-live="polite">{on ? "This device gets notifications." : "This device doesn't get notifications."}</span>
        </div>
      )}
      {problem ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{problem}</p>
      ) : null}
      <PushDeviceList thisEndpoint={thisEndpoint} onRemovedThis={() => setThisEndpoint(null)} />
    </section>
  );
}
