import { eq } from "drizzle-orm";
import type { SignUpInput } from "@/contract/account";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { isValidTimeZone, normaliseEmail, PASSWORD_MIN_LENGTH } from "./account-rules";
import { hashPassword } from "./passwords";

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return code === "23505";
}

export async function signUp(db: Db, input: SignUpInput) {
  const email = normaliseEmail(input.email);
  if (input.password.length < PASSWORD_MIN_LENGTH) {
    throw AppError.field("password", `Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing.length > 0) throw AppError.field("email", "An account with this email already exists.", "CONFLICT");
  const passwordHash = await hashPassword(input.password);
  const timeZone = input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : "UTC";
  try {
    const [user] = await db
      .insert(users)
      .values({ email, name: input.name.trim(), passwordHash, timeZone })
      .returning({ id: users.id, email: users.email, name: users.name });
    return user!;
  } catch (err) {
    // Two sign-ups racing for one email: the unique index decides.
    if (isUniqueViolation(err)) throw AppError.field("email", "An account with this email already exists.", "CONFLICT");
    throw err;
  }
}
