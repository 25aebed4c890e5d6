import type { Metadata } from "next";
import Link from "next/link";
import { currentSession } from "@/server/auth";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";
import { AcceptInvite } from "./accept-invite";

export const metadata: Metadata = { title: "Club invite", robots: { index: false } };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [api, session] = await Promise.all([getApi(), currentSession()]);
  const preview = await orNotFound(api.invites.preview({ token }));
  const { club } = preview;
  const here = `/join/${token}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <p className="text-sm font-medium text-brand-700">You&apos;re invited to join</p>
        <h1 className="page-title break-words">{club.name}</h1>
        <p className="mt-1 text-stone-600">
          {club.area || "Run club"} · {club.memberCount} {club.memberCount === 1 ? "member" : "members"}
        </p>
      </div>
      <section className="card space-y-4">
        {club.description ? <p className="whitespace-pre-line break-words text-stone-800">{club.description}</p> : null}
        {preview.myStatus === "active" ? (
          <p>
            You&apos;re already a member.{" "}
            <Link href={`/clubs/${club.slug}`} className="font-medium text-brand-800 underline">
              Go to the club
            </Link>
          </p>
        ) : preview.myStatus === "removed" ? (
          <p>You were removed from this club, so this link can&apos;t bring you back. Ask its owner.</p>
        ) : preview.stateMessage ? (
          <p role="alert" className="text-red-800">
            {preview.stateMessage}
          </p>
        ) : !session?.user?.id ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="btn-primary">
              Sign in to join
            </Link>
            <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className="btn-secondary">
              Create an account
            </Link>
          </div>
        ) : (
          <>
            {preview.myStatus === "pending" ? (
              <p role="status" className="text-sm text-stone-700">
                Your request to join is still waiting; this invite lets you in now.
              </p>
            ) : null}
            <AcceptInvite token={token} clubName={club.name} />
          </>
        )}
      </section>
    </div>
  );
}
