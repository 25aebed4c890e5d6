import Link from "next/link";
import { TrainingSections } from "../training-sections";

/** Training in four short pages rather than one long one, so the log is one tap away on a phone. */
export default function TrainingLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">Training</h1>
        <p className="mt-1 text-stone-700">
          Progress comes from what you can repeat. Log what you did, and see how your weeks build, hold and reset.{" "}
          <Link href="/goals" className="font-medium text-brand-800 underline underline-offset-2">Your goals</Link>
        </p>
      </div>
      <TrainingSections />
      {children}
    </div>
  );
}
