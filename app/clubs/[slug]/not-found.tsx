import Link from "next/link";

/** A section of a club the caller can see but may not open (or that doesn't exist), under the club's own header. */
export default function ClubSectionNotFound() {
  return (
    <div className="card space-y-3">
      <h2 className="text-xl font-bold">Not found</h2>
      <p className="text-stone-700">We couldn&apos;t find that page in this club. It may have moved, or it may be only for members or coaches.</p>
      <Link href="/clubs" className="btn-secondary">
        Back to my clubs
      </Link>
    </div>
  );
}
