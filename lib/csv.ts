// CSV for people who open it in a spreadsheet: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark (without
// it Excel reads UTF-8 as Windows-1252 and "José" arrives as "JosÃ©"), and text that a spreadsheet would run as a
// formula made inert. Pure, so every export shares (and tests) one writer.

export type CsvValue = string | number | Date | null | undefined;

const BOM = "\uFEFF";

/**
 * Spreadsheets treat a cell starting with = + - @ (or a tab or carriage return before one) as a formula, so a
 * candidate who types `=HYPERLINK(…)` as their city would run it on a staff member's machine (CSV injection,
 * OWASP). A leading apostrophe makes the cell plain text (a spreadsheet may show the apostrophe).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "string"
      ? FORMULA_START.test(value)
        ? `'${value}`
        : value
      : value instanceof Date
        ? value.toISOString()
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: readonly CsvValue[]) => `${values.map(csvField).join(",")}\r\n`;

/** A whole CSV file as text, for exports small enough to build at once. */
export const csvText = (header: readonly string[], rows: readonly CsvValue[][]) =>
  BOM + csvLine(header) + rows.map(csvLine).join("");

/**
 * A CSV file as a byte stream: the header, then each batch of rows as it arrives, so an export of any size is
 * sent while it is read and never held in memory whole.
 */
export function csvStream(header: readonly string[], batches: AsyncIterable<CsvValue[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(header)));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Response headers for a CSV download. No caching: exports hold personal data. */
export const csvHeaders = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
});
