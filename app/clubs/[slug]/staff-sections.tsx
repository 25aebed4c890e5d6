"use client";
import dynamic from "next/dynamic";

// Only staff see these, so they load where they render: a member's club page doesn't carry the invite form and
// react-hook-form. (next/dynamic splits here, in a client component; from the server page it did not.)
const PendingRequests = dynamic(() => import("./pending-requests").then((m) => m.PendingRequests));
const InviteLinks = dynamic(() => import("./invite-links").then((m) => m.InviteLinks));

/** The club page's join requests and invite links, for its owner and coaches. */
export function StaffSections({ clubId }: { clubId: string }) {
  return (
    <>
      <section className="card space-y-3" aria-labelledby="requests-heading">
        <h2 id="requests-heading" className="text-lg font-semibold">Join requests</h2>
        <PendingRequests clubId={clubId} />
      </section>
      <section className="card space-y-3" aria-labelledby="invites-heading">
        <h2 id="invites-heading" className="text-lg font-semibold">Invite links</h2>
        <InviteLinks clubId={clubId} />
      </section>
    </>
  );
}
