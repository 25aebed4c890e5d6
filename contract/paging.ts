// The page input every list takes, and its cursor field. Zod only (no server code), like the rest of contract/.
import { z } from "zod";

/**
 * Opaque: the `nextCursor` the previous page returned, or nothing for the first page. Only its shape is checked here;
 * the list's keyset (server/domain/keyset/keyset.ts) checks what it encodes, and refuses a bad one at this same field.
 */
export const pageCursor = z
  .string("That page link is out of date. Reload the list.")
  .max(2048, "That page link is out of date. Reload the list.")
  .regex(/^[A-Za-z0-9_-]*$/, "That page link is out of date. Reload the list.")
  .nullish();

/** A page of up to 50 rows, 20 unless asked. */
export const pageInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).default(20),
});
export type PageInput = z.output<typeof pageInput>;
