import { pgEnum } from "drizzle-orm/pg-core";

// Its own module because clubs (the coach's cached view) and checkins both use it, and checkins imports clubs.
export const verdict = pgEnum("verdict", ["push", "steady", "hold_back", "reset"]);
