import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { isNotFound } from "@/app/_lib/server-call";

export const metadata: Metadata = { title: "Stop emails", referrer: "no-referrer" };

async function describe(token: string) {
  try {
    return await (await getApi()).account.unsubscribeInfo({ token });
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** The body link of every non-account email: says what stops, then one button (a plain form post, no script). */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string }> }) {
  const { token = "", done } = await searchParams;
  const info = token ? await describe(token) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="page-title">Stop emails</h1>
      {!info ? (
        <p role="alert" className="card text-stone-700">
          This unsubscribe link isn&apos;t valid. Use the link from a recent email, or choose what you get on{" "}
          <Link href="/profile" className="font-semibold text-brand-700 underline">
            your profile
          </Link>
          .
        </p>
      ) : done ? (
        <div role="status" className="card space-y-2">
          <h2 className="text-lg font-semibold">Done</h2>
          <p className="text-stone-700">
            You won&apos;t get {info.what} any more. They still show in the app. You can turn them back on from{" "}
            <Link href="/profile" className="font-semibold text-brand-700 underline">
              your profile
            </Link>
            .
          </p>
        </div>
      ) : (
        <form method="post" action="/api/unsubscribe" className="card space-y-4">
          <p className="text-stone-700">Stop {info.what}? They&apos;ll still show in the app.</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="btn-primary w-full">
            Stop these emails
          </button>
        </form>
      )}
    </div>
  );
}
