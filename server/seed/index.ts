import type { Db } from "@/db/client";
import { seedAccountsAndClub, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { seedDemoBlocks } from "./blocks";
import { seedDemoCheckins } from "./checkins";
import { seedDemoClubs } from "./clubs";
import { seedDemoTraining } from "./training";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** Idempotent: running it twice changes nothing. Each area adds its own demo data, in dependency order. */
export async function seedDemoData(db: Db) {
  const base = await seedAccountsAndClub(db);
  await seedDemoClubs(db, base);
  await seedDemoTraining(db, base);
  await seedDemoCheckins(db, base);
  await seedDemoBlocks(db, base);
  return { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS };
}
