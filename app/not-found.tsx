import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <h1 className="page-title">Not found</h1>
      <p className="text-stone-700">We couldn&apos;t find that page. It may have moved, or you may not have access to it.</p>
      <Link href="/" className="btn-secondary">
        Back to the start
      </Link>
    </div>
  );
}
