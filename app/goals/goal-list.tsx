"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { GOAL_HORIZON_LABELS, GOAL_STATUS_LABELS } from "@/app/_lib/labels/goals";
import { GOAL_HORIZONS, type GoalStatus } from "@/contract/values";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { GoalForm } from "./goal-form";

const STATUS_STYLE: Record<GoalStatus, string> = {
  active: "bg-brand-100 text-brand-900",
  achieved: "bg-amber-100 text-amber-900",
  paused: "bg-stone-100 text-stone-700",
  dropped: "bg-stone-100 text-stone-500",
};

export function GoalList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const query = useQuery(trpc.goals.mine.queryOptions());
  const remove = useMutation(
    trpc.goals.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.goals.pathKey() }) }),
  );
  if (query.isPending) return <div className="card h-40 animate-pulse" role="status" aria-label="Loading your goals" />;
  if (query.isError) return <p role="alert" className="card text-red-800">{messageOf(query.error)}</p>;
  if (query.data.length === 0) {
    return <p className="card text-stone-700">No goals yet. Start small: something for next month, then dream a little for your running career.</p>;
  }
  return (
    <div className="space-y-6">
      {GOAL_HORIZONS.map((horizon) => {
        const goals = query.data.filter((g) => g.horizon === horizon);
        if (goals.length === 0) return null;
        return (
          <section key={horizon} aria-labelledby={`h-${horizon}`}>
            <h2 id={`h-${horizon}`} className="mb-2 text-lg font-semibold">{GOAL_HORIZON_LABELS[horizon]}</h2>
            <ul className="space-y-3">
              {goals.map((g) => (
                <li key={g.id} className="card">
                  {editing === g.id ? (
                    <GoalForm goal={g} onDone={() => setEditing(null)} />
                  ) : (
                    <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                      <div className="min-w-0">
                        <p className="break-words font-semibold">{g.title}</p>
                        {g.details ? <p className="mt-1 whitespace-pre-line break-words text-sm text-stone-700">{g.details}</p> : null}
                        <p className="mt-2 flex flex-wrap gap-2 text-xs">
                          <span className={`rounded-full px-2 py-0.5 ${STATUS_STYLE[g.status]}`}>{GOAL_STATUS_LABELS[g.status]}</span>
                          <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-700">{g.shareWithCoaches ? "Shared with coaches" : "Just for you"}</span>
                        </p>
                      </div>
                      <div className="flex shrink-0 gap-2">
                        <button type="button" className="btn-secondary" aria-label={`Edit goal: ${g.title}`} onClick={() => setEditing(g.id)}>Edit</button>
                        <DeleteGoalButton title={g.title} onDelete={() => remove.mutateAsync({ id: g.id })} />
                      </div>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Each goal's delete asks first and is sent once; other goals stay deletable meanwhile. */
function DeleteGoalButton({ title, onDelete }: { title: string; onDelete: () => Promise<unknown> }) {
  return (
    <ConfirmDialog
      trigger={<button type="button" className="btn-secondary" aria-label={`Delete goal: ${title}`}>Delete</button>}
      title="Delete this goal?"
      description={title}
      confirmLabel="Delete goal"
      pendingLabel="Deleting…"
      onConfirm={onDelete}
    />
  );
}
