"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "@/app/_lib/format";
import { Avatar } from "@/app/_components/avatar";
import { MessageField } from "@/app/_components/message-field";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { COMMENT_MAX } from "@/contract/limits";

/** A check-in's comments in one club, loaded when opened. */
export function CommentThread({ clubId, checkinId, onCountChange }: { clubId: string; checkinId: string; onCountChange: (delta: number) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { clubId, checkinId, limit: 20 };
  const comments = useInfiniteQuery(trpc.feed.comments.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.feed.comments.infiniteQueryKey(input) });
  const [body, setBody] = useState("");
  const posting = useSubmitOnce();
  const add = useMutation(
    trpc.feed.addComment.mutationOptions({
      onSuccess: () => {
        setBody("");
        onCountChange(1);
        void refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.feed.deleteComment.mutationOptions({
      onSuccess: () => {
        onCountChange(-1);
        void refresh();
      },
    }),
  );
  const items = comments.data?.pages.flatMap((p) => p.items) ?? [];
  const fieldId = `comment-${checkinId}`;
  const bodyError = add.isError ? (fieldErrorsOf(add.error).body?.[0] ?? messageOf(add.error)) : null;

  return (
    <div className="space-y-3 border-t border-stone-100 pt-3">
      {comments.isPending ? <p className="text-sm text-stone-600">Loading comments…</p> : null}
      {comments.isError ? <p role="alert" className="field-error">{messageOf(comments.error)}</p> : null}
      {comments.isSuccess && items.length === 0 ? <p className="text-sm text-stone-600">No comments yet. Say something kind.</p> : null}
      <ul className="space-y-2">
        {items.map((c) => (
          <CommentRow key={c.id} clubId={clubId} comment={c} onDelete={() => remove.mutateAsync({ clubId, commentId: c.id })} onEdited={refresh} />
        ))}
      </ul>
      {comments.hasNextPage ? (
        <button type="button" className="btn-secondary" onClick={() => void comments.fetchNextPage()} disabled={comments.isFetchingNextPage}>
          Older comments
        </button>
      ) : null}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void posting.run((idempotencyKey) => add.mutateAsync({ clubId, checkinId, body, idempotencyKey }));
        }}
      >
        <MessageField id={fieldId} label="Add a comment" value={body} maxLength={COMMENT_MAX} error={bodyError} onChange={setBody} />
        <button type="submit" className="btn-primary" disabled={posting.pending}>
          {posting.pending ? "Posting…" : "Post comment"}
        </button>
      </form>
    </div>
  );
}

type Comment = { id: string; body: string; authorId: string; authorName: string; createdAt: Date; edited: boolean; canEdit: boolean; canDelete: boolean };

function CommentRow({ clubId, comment, onDelete, onEdited }: { clubId: string; comment: Comment; onDelete: () => Promise<unknown>; onEdited: () => void }) {
  const trpc = useTRPC();
  // One request at a time for this comment (its edit or its delete); other comments stay usable.
  const once = useSubmitOnce();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const edit = useMutation(
    trpc.feed.editComment.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        onEdited();
      },
    }),
  );
  return (
    <li className="rounded-xl bg-stone-50 p-3">
      <p className="flex items-center gap-2 text-sm">
        <Avatar userId={comment.authorId} name={comment.authorName} size="sm" />
        <span className="min-w-0 truncate font-semibold">{comment.authorName}</span>
        <span className="shrink-0 text-stone-600">
          {formatDate(comment.createdAt)}
          {comment.edited ? " · edited" : ""}
        </span>
      </p>
      {editing ? (
        <form
          className="mt-2 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void once.run(() => edit.mutateAsync({ clubId, commentId: comment.id, body: draft }));
          }}
        >
          <label htmlFor={`edit-${comment.id}`} className="sr-only">
            Edit comment
          </label>
          <textarea id={`edit-${comment.id}`} className="input min-h-20" value={draft} onChange={(e) => setDraft(e.target.value)} />
          {edit.isError ? <p role="alert" className="field-error">{fieldErrorsOf(edit.error).body?.[0] ?? messageOf(edit.error)}</p> : null}
          <div className="flex gap-2">
            <button type="submit" className="btn-primary" disabled={once.pending}>Save</button>
            <button type="button" className="btn-secondary" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <p className="mt-1 whitespace-pre-wrap break-words text-stone-800">{comment.body}</p>
      )}
      {!editing && (comment.canEdit || comment.canDelete) ? (
        <div className="mt-1 flex gap-3 text-sm">
          {comment.canEdit ? (
            <button type="button" className="min-h-11 font-medium text-brand-800 underline" onClick={() => setEditing(true)}>
              Edit
            </button>
          ) : null}
          {comment.canDelete ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="min-h-11 font-medium text-red-700 underline" disabled={once.pending}>
                  {comment.canEdit ? "Delete" : "Remove"}
                </button>
              }
              title={comment.canEdit ? "Delete this comment?" : "Remove this comment?"}
              description="It goes from the post for everyone in the club."
              confirmLabel={comment.canEdit ? "Delete comment" : "Remove comment"}
              pendingLabel="Deleting…"
              onConfirm={onDelete}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
