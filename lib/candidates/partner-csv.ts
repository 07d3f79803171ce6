// A small CSV writer for the employer candidate export (RFC 4180: comma-separated, CRLF line ends, fields quoted
// when they hold a quote, comma or line break). Candidates type their own names and notes, so a cell that a
// spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe
// and is shown as text (OWASP "CSV injection"). Pure.

/** An empty cell is null. */
export type CsvCell = string | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header row and the data rows as one CSV text. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
