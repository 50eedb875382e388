// The one CSV writer of the app and the command line: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM
// (so spreadsheet programs read Vietnamese correctly), and text cells a spreadsheet cannot run as
// formulas. Reading CSV is papaparse's job (scripts/lib/csv.ts); writing is here because the
// neutralising rule must be the same everywhere a file leaves the app.

/** A cell: JS numbers are written as numbers, everything else as text; null/undefined/NaN are empty. */
export type CsvValue = string | number | boolean | null | undefined | FixedNumber;

/** A number written with exactly `decimals` decimals ("2.50"), still an unquoted number cell. */
export interface FixedNumber {
  readonly kind: 'fixed';
  readonly value: number;
  readonly decimals: number;
}

export const CSV_BOM = '\uFEFF';

/**
 * Text starting with one of these is run as a formula (or DDE command) by Excel, LibreOffice or
 * Google Sheets: `=`, `+`, `-`, `@`, tab, carriage return (the OWASP "CSV injection" list).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `fixed(2.5, 2)` → a cell written as `2.50`; null/undefined/non-finite → an empty cell. */
export function fixed(value: number | null | undefined, decimals: number): FixedNumber | null {
  return value === null || value === undefined ? null : { kind: 'fixed', value, decimals };
}

/**
 * Text of one cell, quoted when needed. Numbers stay numbers (`-0.5` → `-0.5`); text that a
 * spreadsheet would read as a formula is neutralised the OWASP way, a leading `'` inside quotes
 * (`=1+1` → `"'=1+1"`, `-2+3` → `"'-2+3"`), which spreadsheets show as the original text. A string
 * holding a number ("-0.5") is text too: callers pass numbers as numbers. Text is written in NFC.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') {
    return Number.isFinite(value.value) ? value.value.toFixed(value.decimals) : '';
  }
  const s = String(value).normalize('NFC');
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** A header row, then one CRLF-ended line per row (RFC 4180). Header cells are neutralised too. */
export function toCsvText(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return `${options.bom === false ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}
