"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDateWithYear } from "@/app/_lib/format";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { currentSubscription } from "./push-devices-browser";

const day = (at: Date) => formatDateWithYear(at);

/** The user's devices that get notifications, each with a way to remove it (a lost phone, an old laptop). */
export function PushDeviceList({ thisEndpoint, onRemovedThis }: { thisEndpoint: string | null; onRemovedThis: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const devices = useQuery(trpc.push.devices.queryOptions());
  const remove = useMutation(
    trpc.push.removeDevice.mutationOptions({
      onSuccess: async (_result, { id }) => {
        const removed = devices.data?.find((d) => d.id === id);
        // Removing this browser from the list also ends its subscription, so the browser agrees with the list.
        if (removed && removed.endpoint === thisEndpoint) {
          await (await currentSubscription())?.unsubscribe();
          onRemovedThis();
        }
        await queryClient.invalidateQueries({ queryKey: trpc.push.devices.queryKey() });
      },
    }),
  );

  if (devices.isPending) return <div className="h-16 animate-pulse rounded-xl bg-stone-100" role="status" aria-label="Loading your devices" />;
  if (devices.isError) return <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(devices.error)}</p>;
  if (devices.data.length === 0) return <p className="text-sm text-stone-700">No device gets notifications yet.</p>;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-stone-700">Your devices</h3>
      {remove.isError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(remove.error)}</p> : null}
      <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
        {devices.data.map((d) => {
          const name = d.label || "A browser";
          return (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {name}
                  {d.endpoint === thisEndpoint ? <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">This device</span> : null}
                </p>
                <p className="text-sm text-stone-700">
                  Added {day(d.createdAt)} · {d.lastSuccessAt ? `last delivered ${day(d.lastSuccessAt)}` : "nothing delivered yet"}
                </p>
              </div>
              <button
                type="button"
                className="btn-secondary"
                aria-label={`Remove ${name}, added ${day(d.createdAt)}`}
                disabled={remove.isPending && remove.variables?.id === d.id}
                onClick={() => remove.mutate({ id: d.id })}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
