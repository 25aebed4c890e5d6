import type { Metadata } from "next";
import { currentUserId } from "@/server/auth";
import { getApi } from "@/server/caller";
import { formatDay } from "@/app/_lib/format";
import { isTrpcCode } from "@/app/_lib/server-call";
import { CheckinForm } from "./checkin-form";

export const metadata: Metadata = { title: "Check in" };

export default async function CheckinPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const { date } = await searchParams;
  const api = await getApi();
  let data;
  try {
    data = await api.checkins.form({ date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined });
  } catch (err) {
    // A future day in the link: fall back to today.
    if (!isTrpcCode(err, "BAD_REQUEST")) throw err;
    data = await api.checkins.form({});
  }
  const isToday = data.date === data.today;
  // The proxy lets only signed-in people reach this page; the id keys the draft and the offline copy to them.
  const userId = (await currentUserId())!;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div>
        <h1 className="page-title">{isToday ? "Check in" : `Check-in for ${formatDay(data.date)}`}</h1>
        <p className="mt-1 text-stone-700">
          {data.existing ? "You already checked in for this day: your changes update it." : "Under 30 seconds. Tap what fits; the rest can stay as it is."}
        </p>
      </div>
      <CheckinForm key={data.date} data={data} userId={userId} />
    </div>
  );
}
