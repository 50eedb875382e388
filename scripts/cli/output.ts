// What the analysis command line writes: CSV through the app's one writer (src/lib/csv.ts), GeoJSON,
// and the stderr lines that name what a report left out.
import type { Feature, FeatureCollection } from 'geojson';
import type { LeftOutFeature } from '../../src/analysis/intake';
import { type CsvValue, fixed, toCsvText } from '../../src/lib/csv';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

// Numbers go out as numbers with fixed decimals; names pass through the shared CSV writer, which
// neutralises text a spreadsheet would run as a formula (a park named "=1+1").
export const f3 = (v: number | null | undefined) => fixed(v, 3);
export const f2 = (v: number | null | undefined) => fixed(v, 2);
export const f6 = (v: number) => fixed(v, 6);

/** CSV with a BOM and CRLF line ends, exactly as the viewer's export writes it. */
export function csv(fields: string[], rows: CsvValue[][]): string {
  return toCsvText(fields, rows);
}

/** GeoJSON properties keep the text the CSV shows for a fixed-decimal number ("1.500"). */
export const plain = (v: CsvValue): string | number | boolean =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.value.toFixed(v.decimals) : v;

export function geojson(features: Feature[], meta: Record<string, unknown>): string {
  const fc: FeatureCollection & Record<string, unknown> = { type: 'FeatureCollection', ...meta, features };
  return `${JSON.stringify(fc)}\n`;
}

/** One stderr line per feature the analysis left out, naming it and the reason. */
export function tellLeftOut(io: CliIo, leftOut: LeftOutFeature[]): void {
  if (leftOut.length === 0) return;
  io.stderr(`${leftOut.length} feature(s) left out:\n${leftOut.map((e) => `  ${e.message}\n`).join('')}`);
}

export function tellUnknownStatus(io: CliIo, shown: string[], filtered: string[]): void {
  if (shown.length > 0) io.stderr(`Parks with status 'unknown' (no status): ${shown.join(', ')}.\n`);
  if (filtered.length > 0)
    io.stderr(
      `Parks with status 'unknown' not included by --park-status (add 'unknown' to include them): ${filtered.join(', ')}.\n`,
    );
}
