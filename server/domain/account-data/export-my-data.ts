import type { DbOrTx } from "@/db/client";
import { collectMyData } from "./collect-my-data";
import { sectionsToCsv } from "./to-csv";

export const EXPORT_FORMAT_VERSION = 1;

/** All of the runner's data as one JSON document. */
export async function exportMyDataJson(db: DbOrTx, userId: string, now = new Date()) {
  const data = await collectMyData(db, userId);
  return { format: "run-forward-export", version: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), ...data };
}

/** The same data as CSV: one section per table, each with its own header row. */
export async function exportMyDataCsv(db: DbOrTx, userId: string) {
  const { profile, ...tables } = await collectMyData(db, userId);
  return sectionsToCsv({ profile: [profile], ...tables });
}
