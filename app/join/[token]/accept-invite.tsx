"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "@/app/clubs/_components/error-note";

/** An invite admits at once, whatever the club's join policy: whoever shared the link has said yes. */
export function AcceptInvite({ token, clubName }: { token: string; clubName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invites.accept.mutationOptions({ onSuccess: (res) => router.push(`/clubs/${res.slug}`) }));
  const once = useSubmitOnce();
  // Success opens the club's page; the button stays disabled on the way.
  const busy = once.pending || accept.isSuccess;
  return (
    <div className="space-y-2">
      <button type="button" className="btn-primary" disabled={busy} onClick={() => void once.run(() => accept.mutateAsync({ token }))}>
        {busy ? "Joining…" : `Join ${clubName}`}
      </button>
      <ErrorNote error={accept.error} />
    </div>
  );
}
