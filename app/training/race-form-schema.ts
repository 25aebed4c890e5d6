import { z } from "zod";
import { parseRaceTime } from "@/app/_lib/format";
import { raceInput } from "@/contract/training";

// The race form's own shape, loaded with its first validation (race-form.tsx): it takes a finishing time as text;
// the server gets whole seconds.
export const raceForm = raceInput.omit({ timeSec: true }).extend({
  time: z.string().refine((v) => parseRaceTime(v) !== null, "Enter the time as h:mm:ss, like 1:52:10, or mm:ss, like 24:31"),
  notifyCoaches: z.boolean(),
});
export type RaceFormValues = z.infer<typeof raceForm>;
