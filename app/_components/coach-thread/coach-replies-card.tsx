import Link from "next/link";
import { getApi } from "@/server/caller";
import { formatDay } from "@/app/_lib/format";

/** Today's word from the coaches: the latest threads a coach answered, each linking to its check-in. */
export async function CoachRepliesCard() {
  const api = await getApi();
  const { items } = await api.threads.recentReplies({ limit: 3 });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="coach-replies-heading" className="card space-y-3">
      <h2 id="coach-replies-heading" className="text-lg font-semibold">
        From your coaches
      </h2>
      <ul className="divide-y divide-stone-100">
        {items.map((t) => (
          <li key={t.id} className="space-y-1 py-3" data-testid="coach-reply">
            <p className="text-sm text-stone-600">
              {t.reply.authorName}, {t.club.name} · on your check-in of {formatDay(t.checkinDate)}
            </p>
            <p className="line-clamp-3 whitespace-pre-line break-words text-stone-800">{t.reply.body}</p>
            <Link href={`/checkins/${t.checkinId}#thread-${t.club.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              Open the thread{t.messageCount > 1 ? ` (${t.messageCount} messages)` : ""}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
