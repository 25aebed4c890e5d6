// A club's group runs and their RSVPs. Zod only (no server code), so the run form validates with the server's rules.
import { z } from "zod";
import { DATE_MESSAGES, dayProblem } from "./dates";
import { GROUP_RUN_LIMITS } from "./limits";
import { pageCursor } from "./paging";
import { GROUP_RUN_WHEN, RSVP_STATUSES } from "./values";

export { GROUP_RUN_LIMITS };

/** "2026-05-02T08:30": a wall-clock time in the club's time zone, as an HTML datetime-local input gives it. */
export const localDateTime = z
  .string("Pick a date and time")
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Pick a date and time")
  .superRefine((local, ctx) => {
    // Its day under the shared date rule (no year 0, no 30 February, not years ahead).
    const problem = dayProblem(local.slice(0, 10));
    if (problem && problem !== "format") ctx.addIssue({ code: "custom", message: DATE_MESSAGES[problem] });
  });

const L = GROUP_RUN_LIMITS;
export const createGroupRunInput = z.object({
  clubId: z.uuid("Unknown club"),
  title: z.string().trim().min(1, "Give the run a title").max(L.title, `Keep the title under ${L.title} characters`),
  startsAtLocal: localDateTime,
  meetingPoint: z.string().trim().max(L.meetingPoint, `Keep the meeting point under ${L.meetingPoint} characters`),
  distanceKm: z.number("Enter a distance in km").positive("Enter a distance above 0").max(250, "At most 250 km").nullish(),
  paceGroups: z
    .array(z.string().trim().min(1, "Pace groups can't be empty").max(L.paceGroup, `Keep each pace group under ${L.paceGroup} characters`))
    .max(L.paceGroups, `At most ${L.paceGroups} pace groups`),
  notes: z.string().trim().max(L.notes, `Keep the notes under ${L.notes} characters`),
});
/** A run's own fields, without the club it belongs to. */
export type GroupRunFields = Omit<z.output<typeof createGroupRunInput>, "clubId">;

export const runTargetInput = z.object({ clubId: z.uuid("Unknown club"), runId: z.uuid("Unknown group run") });
export const rsvpInput = runTargetInput.extend({ status: z.enum(RSVP_STATUSES, "Choose going, maybe or not going") });
export const listGroupRunsInput = z.object({
  clubId: z.uuid("Unknown club"),
  when: z.enum(GROUP_RUN_WHEN),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
});
