/**
 * Cuts a `limit + 1` row fetch (ordered by a timestamp and id) into one page and the cursor for the next:
 * the extra row only says whether more exist. `cursorAt` is the timestamp as PostgreSQL text, so the cursor
 * keeps full microsecond precision; it is dropped from the returned items.
 */
export function keysetPage<T extends { id: string; cursorAt: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ cursorAt: _c, ...item }) => item),
    nextCursor: rows.length > limit && last ? { at: last.cursorAt, id: last.id } : null,
  };
}
