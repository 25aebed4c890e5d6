"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import type { JoinPolicy, MemberRole, MembershipStatus } from "@/contract/values";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNote } from "../_components/error-note";

type Props = {
  clubId: string;
  slug: string;
  signedIn: boolean;
  joinPolicy: JoinPolicy;
  myRole: MemberRole | null;
  myStatus: MembershipStatus | null;
};

/** Join, ask to join, withdraw or leave, depending on the club's policy and the caller's membership. */
export function MembershipActions({ clubId, slug, signedIn, joinPolicy, myRole, myStatus }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const onSuccess = () => router.refresh();
  const join = useMutation(trpc.clubs.join.mutationOptions({ onSuccess }));
  const leave = useMutation(trpc.clubs.leave.mutationOptions({ onSuccess }));
  // Only one of join, leave or withdraw shows at a time; one guard covers whichever it is.
  const once = useSubmitOnce();

  if (!signedIn) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(`/clubs/${slug}`)}`} className="btn-primary">
        Sign in to join
      </Link>
    );
  }
  if (myStatus === "active") {
    if (myRole === "owner") return <p className="text-sm text-stone-600">You own this club. To leave, first transfer ownership in Settings.</p>;
    return (
      <div className="space-y-2">
        <ConfirmDialog
          trigger={<button type="button" className="btn-secondary">Leave club</button>}
          title="Leave this club?"
          description="You can join again later if the club allows it."
          confirmLabel="Leave club"
          pendingLabel="Leaving…"
          cancelLabel="Stay"
          onConfirm={() => leave.mutateAsync({ clubId })}
        />
      </div>
    );
  }
  if (myStatus === "pending") {
    return (
      <div className="space-y-2">
        <p role="status" className="text-sm font-medium text-amber-800">
          Your request to join is waiting for the owner or a coach.
        </p>
        <button type="button" className="btn-secondary" disabled={once.pending} onClick={() => void once.run(() => leave.mutateAsync({ clubId }))}>
          Withdraw request
        </button>
        <ErrorNote error={leave.error} />
      </div>
    );
  }
  if (myStatus === "removed") return <p className="text-sm text-stone-600">You were removed from this club.</p>;
  if (joinPolicy === "invite") return <p className="text-sm text-stone-600">This club is invite only. Ask a coach for an invite link.</p>;
  return (
    <div className="space-y-2">
      {myStatus === "declined" ? <p className="text-sm text-stone-600">Your last request was declined. You can ask again.</p> : null}
      <button type="button" className="btn-primary" disabled={once.pending} onClick={() => void once.run(() => join.mutateAsync({ clubId }))}>
        {once.pending ? "Sending…" : joinPolicy === "open" ? "Join club" : "Ask to join"}
      </button>
      <ErrorNote error={join.error} />
    </div>
  );
}
