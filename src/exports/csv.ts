/**
 * RFC 4180 CSV as spreadsheets read it: CRLF line ends, fields quoted when they hold a
 * comma, quotation mark, CR or LF, quotation marks doubled, and a UTF-8 byte order mark so
 * that Excel reads curly quotes and dashes correctly.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** The rows as one CSV document (every row ends with CRLF). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

/** One field: guarded against formulas, then quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * OWASP's defence against CSV injection: a cell that starts with = + - @ tab or CR would be
 * run as a formula by a spreadsheet, so it gets a leading apostrophe, which spreadsheets read
 * as "this is text". Only such cells change; every other cell is the data, verbatim.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
