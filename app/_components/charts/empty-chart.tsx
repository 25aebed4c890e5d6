import Link from "next/link";

/** What an empty chart shows instead of bare axes: what will appear here, and the step that puts it there. */
export function EmptyChart({ sentence, href, action }: { sentence: string; href: string; action: string }) {
  return (
    <div className="mt-4 space-y-2 rounded-xl bg-stone-50 p-4 text-stone-700">
      <p>{sentence}</p>
      <Link href={href} className="inline-block font-medium text-brand-800 underline underline-offset-2">
        {action}
      </Link>
    </div>
  );
}
