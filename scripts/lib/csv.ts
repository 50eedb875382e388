import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type CsvRow = Record<string, string>;

/** Parses a CSV file with a header row; every value is a trimmed string ('' for an empty cell). */
export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'), path);
}

export function parseCsv(text: string, label = 'CSV'): CsvRow[] {
  const result = Papa.parse<CsvRow>(text, {
    header: true,
    skipEmptyLines: true,
    transform: (v) => v.trim(),
  });
  if (result.errors.length > 0) {
    const e = result.errors[0]!;
    throw new Error(`${label}: CSV error at row ${e.row ?? '?'}: ${e.message}`);
  }
  return result.data;
}
