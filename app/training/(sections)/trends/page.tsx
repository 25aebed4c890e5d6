import type { Metadata } from "next";
import { connection } from "next/server";
import { StreakCard } from "../../streak-card";
import { WeekLoadFlags } from "../../week-load-flags";
import { WeeklyVolume } from "../../weekly-volume";

export const metadata: Metadata = { title: "Trends" };

/** How the weeks add up: the streak, weekly volume and load, and what stands out in them. */
export default async function TrendsPage() {
  await connection();
  return (
    <div className="space-y-6">
      <StreakCard />
      <WeeklyVolume />
      <WeekLoadFlags />
    </div>
  );
}
