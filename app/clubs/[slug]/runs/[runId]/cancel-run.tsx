"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "../../../_components/error-note";

export function CancelRun({ clubId, runId }: { clubId: string; runId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.groupRuns.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  const once = useSubmitOnce();
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-danger"
        disabled={once.pending}
        onClick={() =>
          void once.run(async () => {
            if (window.confirm("Cancel this run? Everyone who answered will be told.")) await cancel.mutateAsync({ clubId, runId });
          })
        }
      >
        {once.pending ? "Cancelling…" : "Cancel this run"}
      </button>
      <ErrorNote error={cancel.error} />
    </div>
  );
}
