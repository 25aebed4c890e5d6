"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "@/app/_trpc/client";

export function CancelRun({ clubId, runId }: { clubId: string; runId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.groupRuns.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <ConfirmDialog
      trigger={<button type="button" className="btn-danger">Cancel this run</button>}
      title="Cancel this run?"
      description="Everyone who answered will be told."
      confirmLabel="Cancel the run"
      pendingLabel="Cancelling…"
      cancelLabel="Keep the run"
      onConfirm={() => cancel.mutateAsync({ clubId, runId })}
    />
  );
}
