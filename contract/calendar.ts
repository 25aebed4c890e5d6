// The calendar feed a calendar app fetches with its secret token. Zod only (no server code).
import { z } from "zod";

export const calendarFeedInput = z.object({ token: z.string().min(10).max(200) });
