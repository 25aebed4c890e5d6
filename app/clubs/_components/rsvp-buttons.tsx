"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "./error-note";
import { RSVP_LABELS } from "@/app/_lib/labels/clubs";
import { RSVP_STATUSES, type RsvpStatus as Status } from "@/contract/values";

/** Going / maybe / not going, as a group of toggle buttons. */
export function RsvpButtons({ clubId, runId, initial, title }: { clubId: string; runId: string; initial: Status | null; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [mine, setMine] = useState<Status | null>(initial);
  const rsvp = useMutation(
    trpc.groupRuns.rsvp.mutationOptions({
      onSuccess: (res) => {
        setMine(res.status);
        void queryClient.invalidateQueries({ queryKey: trpc.groupRuns.pathKey() });
        router.refresh();
      },
    }),
  );
  // The three answers replace one another, so one answer in flight at a time for this run.
  const once = useSubmitOnce();
  return (
    <div className="space-y-2">
      <div role="group" aria-label={`Your answer for ${title}`} className="flex flex-wrap gap-2">
        {RSVP_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={mine === status}
            disabled={once.pending}
            onClick={() => void once.run(() => rsvp.mutateAsync({ clubId, runId, status }))}
            className={mine === status ? "btn-primary" : "btn-secondary"}
          >
            {RSVP_LABELS[status]}
          </button>
        ))}
      </div>
      <ErrorNote error={rsvp.error} />
    </div>
  );
}
