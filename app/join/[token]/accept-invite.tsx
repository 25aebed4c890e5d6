"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "@/app/clubs/_components/error-note";

export function AcceptInvite({ token, needsApproval }: { token: string; needsApproval: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invites.accept.mutationOptions({ onSuccess: (res) => router.push(`/clubs/${res.slug}`) }));
  return (
    <div className="space-y-2">
      <button type="button" className="btn-primary" disabled={accept.isPending} onClick={() => accept.mutate({ token })}>
        {accept.isPending ? "Sending…" : needsApproval ? "Ask to join" : "Join club"}
      </button>
      <ErrorNote error={accept.error} />
    </div>
  );
}
