"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { MessageField } from "@/app/_components/message-field";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { THREAD_MESSAGE_MAX } from "@/contract/limits";
import { ThreadMessage } from "./thread-message";

type Props = { checkinId: string; clubId: string; open: boolean; side: "athlete" | "coach" };

/** The private thread on a check-in between its author and one club's coaches: its messages, oldest first, and a reply box. */
export function CoachThread({ checkinId, clubId, open, side }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { checkinId, clubId, limit: 20 };
  const messages = useInfiniteQuery(trpc.threads.messages.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.threads.messages.infiniteQueryKey(input) });
  const [body, setBody] = useState("");
  const posting = useSubmitOnce();
  const post = useMutation(
    trpc.threads.post.mutationOptions({
      onSuccess: () => {
        setBody("");
        void refresh();
      },
    }),
  );
  const items = messages.data?.pages.flatMap((p) => p.items) ?? [];
  const fieldId = `thread-${clubId}-body`;
  const bodyError = post.isError ? (fieldErrorsOf(post.error).body?.[0] ?? messageOf(post.error)) : null;

  return (
    <div className="space-y-3">
      {messages.isPending ? <p role="status" className="text-sm text-stone-600">Loading messages…</p> : null}
      {messages.isError ? <p role="alert" className="field-error">{messageOf(messages.error)}</p> : null}
      {messages.isSuccess && items.length === 0 ? (
        <p className="text-sm text-stone-600">
          {side === "coach" ? "No messages yet. A word from you turns a verdict into coaching." : "No messages yet. Your coaches can answer here, and you can write to them."}
        </p>
      ) : null}
      {messages.hasNextPage ? (
        <button type="button" className="btn-secondary" onClick={() => void messages.fetchNextPage()} disabled={messages.isFetchingNextPage}>
          {messages.isFetchingNextPage ? "Loading…" : "Later messages"}
        </button>
      ) : null}
      <ul className="space-y-2" aria-label="Messages">
        {items.map((m) => (
          <ThreadMessage key={m.id} message={m} onChanged={refresh} />
        ))}
      </ul>
      {open ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void posting.run((idempotencyKey) => post.mutateAsync({ checkinId, clubId, body, idempotencyKey }));
          }}
        >
          <MessageField id={fieldId} label={side === "coach" ? "Reply to your athlete" : "Write to your coaches"} value={body} maxLength={THREAD_MESSAGE_MAX} error={bodyError} onChange={setBody} />
          <button type="submit" className="btn-primary" disabled={posting.pending}>
            {posting.pending ? "Sending…" : "Send"}
          </button>
        </form>
      ) : (
        <p className="rounded-xl bg-stone-50 p-3 text-sm text-stone-700">
          This club&rsquo;s coaches no longer see this check-in, so the thread is closed. Its messages stay here for you.
        </p>
      )}
    </div>
  );
}
