type Cell = unknown;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** RFC 4180 quoting, and a leading quote on text that a spreadsheet would run as a formula. */
function csvCell(value: Cell): string {
  let text = cellText(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One table as CSV: a header row from the keys of the first row, then one line per row. */
function tableToCsv(rows: readonly Record<string, unknown>[]): string {
  const cols = rows[0] ? Object.keys(rows[0]) : [];
  const lines = [cols.map(csvCell).join(",")];
  for (const row of rows) lines.push(cols.map((c) => csvCell(row[c])).join(","));
  return lines.join("\r\n");
}

/** Several tables in one file: each starts with a "# name" line, then its header and rows, then a blank line. */
export function sectionsToCsv(sections: Record<string, readonly Record<string, unknown>[]>): string {
  return Object.entries(sections)
    .map(([name, rows]) => `# ${name}\r\n${tableToCsv(rows)}\r\n`)
    .join("\r\n");
}
