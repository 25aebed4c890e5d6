import { z } from "zod";
import { createGroupRunInput, GROUP_RUN_LIMITS, localDateTime } from "@/contract/group-runs";
import { splitPaces } from "./split-paces";

// The run form's own shape, loaded with its first validation (run-form.tsx).
// Text inputs as typed; distance and pace groups are converted on submit and checked again by the server.
export const runFormSchema = createGroupRunInput.pick({ title: true, meetingPoint: true, notes: true }).extend({
  startsAtLocal: localDateTime,
  distanceKm: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+([.,]\d+)?$/.test(v) && Number(v.replace(",", ".")) > 0 && Number(v.replace(",", ".")) <= 250), "Enter a distance between 0 and 250 km"),
  paceGroups: z
    .string()
    .max(GROUP_RUN_LIMITS.paceGroups * (GROUP_RUN_LIMITS.paceGroup + 2), "Too many pace groups")
    .refine((v) => splitPaces(v).length <= GROUP_RUN_LIMITS.paceGroups, `At most ${GROUP_RUN_LIMITS.paceGroups} pace groups`)
    .refine((v) => splitPaces(v).every((p) => p.length <= GROUP_RUN_LIMITS.paceGroup), `Keep each pace group under ${GROUP_RUN_LIMITS.paceGroup} characters`),
});
export type RunFormValues = z.infer<typeof runFormSchema>;
