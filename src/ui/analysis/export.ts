// Table export: CSV (through the shared writer src/lib/csv.ts: RFC 4180, UTF-8 BOM, no formulas)
// and GeoJSON (the row's feature geometry, or its point, with the table's values as properties).
// Pure except `downloadText`, which needs a DOM.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { CSV_BOM, csvCell, toCsvText } from '../../lib/csv';
import { download } from '../download';

export type CellValue = string | number | boolean | null | undefined;

export interface ExportColumn<R> {
  /** Property name in GeoJSON (stable, language-independent). */
  id: string;
  /** Header in CSV (the column title in the current language). */
  label: string;
  value: (row: R) => CellValue;
}

/** One CSV field, by the shared writer (src/lib/csv.ts); numbers are rounded for export first. */
export function csvField(value: CellValue): string {
  return csvCell(typeof value === 'number' ? roundForExport(value) : value);
}

/** Numbers keep 6 significant decimals: enough for km and ha, free of float noise (0.1 + 0.2). */
export function roundForExport(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export { CSV_BOM };

/**
 * A header row, then one line per row; CRLF line ends as RFC 4180 says. Text a spreadsheet would
 * run as a formula (a park named `=1+1`) is neutralised; numbers stay numbers.
 */
export function toCsv<R>(columns: ExportColumn<R>[], rows: R[], bom = true): string {
  return toCsvText(
    columns.map((c) => c.label),
    rows.map((r) =>
      columns.map((c) => {
        const v = c.value(r);
        return typeof v === 'number' ? roundForExport(v) : v;
      }),
    ),
    { bom },
  );
}

/** A FeatureCollection: each row's geometry (null when it has none) with its values by column id. */
export function toGeoJson<R>(
  columns: ExportColumn<R>[],
  rows: R[],
  geometryOf: (row: R) => Geometry | null,
): FeatureCollection {
  const features: Feature[] = rows.map((r) => {
    const properties: Record<string, CellValue> = {};
    for (const c of columns) {
      const v = c.value(r);
      properties[c.id] =
        typeof v === 'number' ? (Number.isFinite(v) ? roundForExport(v) : null) : (v ?? null);
    }
    // GeoJSON allows a null geometry (a row with no place, e.g. the province total).
    return { type: 'Feature', geometry: geometryOf(r), properties } as unknown as Feature;
  });
  return { type: 'FeatureCollection', features };
}

export const pointGeometry = (p: [number, number]): Geometry => ({ type: 'Point', coordinates: p });

/** A file name safe on every system: "phan-tich-gan-nhat-2025-01-31.csv". */
export function exportFileName(base: string, ext: 'csv' | 'geojson', date = new Date()): string {
  const slug = base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'table'}-${date.toISOString().slice(0, 10)}.${ext}`;
}

/** Saves text as a file (src/ui/download.ts). */
export function downloadText(fileName: string, text: string, mime: string): void {
  download(fileName, text, mime);
}
