import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { CheckinList } from "./checkin-list";
import { HistoryCharts } from "./history-charts";

export const metadata: Metadata = { title: "Your history" };

export default async function HistoryPage() {
  const api = await getApi();
  const history = await api.checkins.history();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">Your history</h1>
        <p className="mt-1 text-stone-700">The last 8 weeks of check-ins and training.</p>
      </div>
      <HistoryCharts history={history} />
      <section aria-labelledby="past-title" className="space-y-3">
        <h2 id="past-title" className="text-xl font-bold">Past check-ins</h2>
        <CheckinList />
      </section>
    </div>
  );
}
