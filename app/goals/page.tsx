import type { Metadata } from "next";
import { connection } from "next/server";
import { GoalForm } from "./goal-form";
import { GoalList } from "./goal-list";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  await connection();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="page-title">Your goals</h1>
        <p className="mt-1 text-stone-700">From next month to your whole running career. Share any of them with your coaches so they can plan with you.</p>
      </div>
      <section className="card" aria-labelledby="new-goal-heading">
        <h2 id="new-goal-heading" className="mb-3 text-lg font-semibold">Add a goal</h2>
        <GoalForm />
      </section>
      <GoalList />
    </div>
  );
}
