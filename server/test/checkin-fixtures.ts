import { todayIn } from "@/server/domain/days";
import type { CheckinInput } from "@/contract/checkins";

/** A valid, unremarkable check-in for today (UTC), private unless `over` says otherwise. */
export const checkinInput = (over: Partial<CheckinInput> = {}): CheckinInput => ({
  date: todayIn("UTC"), mood: 4, energy: 4, sleepQuality: 4, soreness: 3, stress: 3, motivation: 4,
  legs: "normal", easyEffortHarder: false, easyHeartRate: "normal", note: "", visibility: "private", clubIds: [], ...over,
});
