import { isValidTimeZone } from "@/server/domain/accounts/account-rules";
import { AppError } from "@/server/errors";

// Addresses that would collide with pages under /clubs/.
const RESERVED_SLUGS = new Set(["new", "discover", "join", "settings", "admin", "api"]);

export function assertClubFields(input: { slug: string; timeZone: string }): void {
  if (RESERVED_SLUGS.has(input.slug)) throw AppError.field("slug", "That address is reserved. Try another.");
  if (!isValidTimeZone(input.timeZone)) throw AppError.field("timeZone", "Unknown time zone");
}

export const slugTakenError = () => AppError.field("slug", "That address is already taken. Try another.", "CONFLICT");

/** Postgres unique violation, whichever driver raised it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

export function clubHref(slug: string, rest = ""): string {
  return `/clubs/${slug}${rest}`;
}
