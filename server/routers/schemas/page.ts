// The page cursor every list input takes. Zod only (no server code), like the other schemas.
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
