"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "@/app/clubs/_components/error-note";

export function AcceptInvite({ token, needsApproval }: { token: string; needsApproval: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invites.accept.mutationOptions({ onSuccess: (res) => router.push(`/clubs/${res.slug}`) }));
  const once = useSubmitOnce();
  // Success opens the club's page; the button stays disabled on the way.
  const busy = once.pending || accept.isSuccess;
  return (
    <div className="space-y-2">
      <button type="button" className="btn-primary" disabled={busy} onClick={() => void once.run(() => accept.mutateAsync({ token }))}>
        {busy ? "Sending…" : needsApproval ? "Ask to join" : "Join club"}
      </button>
      <ErrorNote error={accept.error} />
    </div>
  );
}
