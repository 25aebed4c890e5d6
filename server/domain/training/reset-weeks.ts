import type { DbOrTx } from "@/db/client";

/**
 * Weeks (by Monday) covered by a reset-phase recovery block. Recovery blocks arrive with the blocks feature;
 * until then the phase band comes from volume alone.
 */
export async function getResetWeeks(_db: DbOrTx, _userId: string, _from: string, _to: string): Promise<Set<string>> {
  return new Set();
}
