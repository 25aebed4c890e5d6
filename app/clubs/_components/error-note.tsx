import { messageOf } from "@/app/_trpc/errors";

/** A failed action's message, announced to screen readers. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
      {messageOf(error)}
    </p>
  );
}
