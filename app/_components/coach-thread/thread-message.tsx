"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Avatar } from "@/app/_components/avatar";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { formatDate } from "@/app/_lib/format";
import { useTRPC, type RouterOutputs } from "@/app/_trpc/client";
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";

type Message = RouterOutputs["threads"]["messages"]["items"][number];

/** One message; its author may edit or delete it (one request at a time for this message). */
export function ThreadMessage({ message, onChanged }: { message: Message; onChanged: () => unknown }) {
  const trpc = useTRPC();
  const once = useSubmitOnce();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const edit = useMutation(trpc.threads.edit.mutationOptions({ onSuccess: () => { setEditing(false); void onChanged(); } }));
  const remove = useMutation(trpc.threads.delete.mutationOptions({ onSuccess: () => void onChanged() }));
  const error = edit.isError ? (fieldErrorsOf(edit.error).body?.[0] ?? messageOf(edit.error)) : null;
  return (
    <li className={`rounded-xl p-3 ${message.fromCoach ? "bg-brand-50" : "bg-stone-50"}`} data-testid="thread-message">
      <p className="flex flex-wrap items-center gap-x-1 text-sm">
        {message.authorId ? <Avatar userId={message.authorId} name={message.authorName} size="sm" className="mr-1" /> : null}
        <span className="font-semibold">{message.mine ? "You" : message.authorName}</span>
        {message.fromCoach ? <span className="text-stone-600"> · coach</span> : null}{" "}
        <span className="text-stone-600">
          {formatDate(message.createdAt)}
          {message.edited ? " · edited" : ""}
        </span>
      </p>
      {editing ? (
        <form
          className="mt-2 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void once.run(() => edit.mutateAsync({ messageId: message.id, body: draft }));
          }}
        >
          <label htmlFor={`edit-${message.id}`} className="sr-only">
            Edit message
          </label>
          <textarea id={`edit-${message.id}`} className="input min-h-20" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <div className="flex gap-2">
            <button type="submit" className="btn-primary" disabled={once.pending}>Save</button>
            <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <p className="mt-1 whitespace-pre-wrap break-words text-stone-800">{message.body}</p>
      )}
      {error ? <p role="alert" className="field-error">{error}</p> : null}
      {message.mine && !editing ? (
        <div className="mt-1 flex gap-3 text-sm">
          <button type="button" className="min-h-11 font-medium text-brand-800 underline" onClick={() => setEditing(true)}>
            Edit
          </button>
          <ConfirmDialog
            trigger={<button type="button" className="min-h-11 font-medium text-red-700 underline">Delete</button>}
            title="Delete this message?"
            description="It goes from the thread for everyone in it."
            confirmLabel="Delete message"
            pendingLabel="Deleting…"
            onConfirm={() => remove.mutateAsync({ messageId: message.id })}
          />
        </div>
      ) : null}
    </li>
  );
}
