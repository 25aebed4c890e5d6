import { pgEnum } from "drizzle-orm/pg-core";
import { VERDICTS } from "../../contract/values";

// Its own module because clubs (the coach's cached view) and checkins both use it, and checkins imports clubs.
export const verdict = pgEnum("verdict", VERDICTS);
