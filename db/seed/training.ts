import type { Db } from "../client";
import type { SeedBase } from "./accounts";

/** Demo data for this area; must be idempotent. */
export async function seedDemoTraining(_db: Db, _base: SeedBase): Promise<void> {}
