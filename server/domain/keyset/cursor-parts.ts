// The pieces page cursors are made of, checked before they reach PostgreSQL (a failing cast there would be a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A "YYYY-MM-DDTHH:MM:SS.ffffffZ" that names a real instant (no 30 February), so PostgreSQL can always read it. */
export function isCursorTimestamp(at: string): boolean {
  const m = TIMESTAMP.exec(at);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
}
