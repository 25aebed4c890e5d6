import { eq, sql } from "drizzle-orm";
import type { ProfileInput } from "@/contract/account";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { isValidTimeZone } from "./account-rules";

export async function getProfile(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      distanceUnit: users.distanceUnit,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw AppError.accountGone();
  return row;
}

export async function updateProfile(db: Db, userId: string, input: ProfileInput) {
  if (!isValidTimeZone(input.timeZone)) throw AppError.field("timeZone", "Unknown time zone");
  const [row] = await db
    .update(users)
    .set({ name: input.name.trim(), distanceUnit: input.distanceUnit, timeZone: input.timeZone, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!row) throw AppError.accountGone();
  return getProfile(db, userId);
}
