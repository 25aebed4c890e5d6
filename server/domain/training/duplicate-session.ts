import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { and, between, eq, isNotNull, sql } from "drizzle-orm";
import type { SessionType } from "@/contract/values";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import type { RunnerSettings } from "./runner-settings";
import { fromMetres } from "./units";

// Two exports of one run (a watch's GPX and its TCX) differ by seconds and a few metres, never by minutes or percent.
export const SAME_RUN_START_SEC = 120;
export const SAME_RUN_DISTANCE_SHARE = 0.02;

/** The runner's imported session that this track is a copy of, if any. */
export async function findSameRun(db: DbOrTx, userId: string, track: { startedAt: Date; distanceM: number }) {
  const ms = SAME_RUN_START_SEC * 1000;
  const [row] = await db
    .select({
      id: trainingSessions.id,
      type: trainingSessions.type,
      distanceM: trainingSessions.distanceM,
      startedAt: trainingSessions.startedAt,
    })
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.userId, userId),
        // Only imports know when they started, so sessions logged by hand never match.
        isNotNull(trainingSessions.distanceM),
        between(trainingSessions.startedAt, new Date(track.startedAt.getTime() - ms), new Date(track.startedAt.getTime() + ms)),
        sql`abs(${trainingSessions.distanceM} - ${track.distanceM}::int) <= ${SAME_RUN_DISTANCE_SHARE}::float8 * ${trainingSessions.distanceM}`,
      ),
    )
    .orderBy(trainingSessions.startedAt)
    .limit(1);
  // The between() above only matches rows that have a start.
  return row?.startedAt ? { ...row, startedAt: row.startedAt } : null;
}

/** "Tue 10 Nov 2026 at 07:00" in the runner's zone (their zone is validated on save; UTC if it ever isn't valid). */
function startText(at: Date, timeZone: string): string {
  const local = new TZDate(at, timeZone);
  return format(Number.isNaN(local.getTime()) ? new TZDate(at, "UTC") : local, "EEE d MMM yyyy 'at' HH:mm");
}

/** Names the session already logged, so the runner can find it, on the file field the form shows. */
export function sameRunError(
  session: { type: SessionType; distanceM: number | null; startedAt: Date },
  settings: Pick<RunnerSettings, "timeZone" | "distanceUnit">,
): AppError {
  const distance = session.distanceM === null ? "" : `, ${fromMetres(session.distanceM, settings.distanceUnit).toFixed(2)} ${settings.distanceUnit}`;
  return AppError.field(
    "file",
    `This run is already in your log: the ${session.type.replace(/_/g, " ")} session on ${startText(session.startedAt, settings.timeZone)}${distance}. Nothing was imported.`,
    "CONFLICT",
  );
}
