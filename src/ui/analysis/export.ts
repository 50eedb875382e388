// Table export: CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Vietnamese correctly)
// and GeoJSON (the row's feature geometry, or its point, with the table's values as properties).
// Pure except `downloadText`, which needs a DOM.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type CellValue = string | number | boolean | null | undefined;

export interface ExportColumn<R> {
  /** Property name in GeoJSON (stable, language-independent). */
  id: string;
  /** Header in CSV (the column title in the current language). */
  label: string;
  value: (row: R) => CellValue;
}

/** One CSV field: quoted when it holds a comma, a quote, a newline or leading/trailing spaces. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'number' ? (Number.isFinite(value) ? String(roundForExport(value)) : '') : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers keep 6 significant decimals: enough for km and ha, free of float noise (0.1 + 0.2). */
export function roundForExport(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

export const CSV_BOM = '\uFEFF';

/** A header row, then one line per row; CRLF line ends as RFC 4180 says. */
export function toCsv<R>(columns: ExportColumn<R>[], rows: R[], bom = true): string {
  const lines = [columns.map((c) => csvField(c.label)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return `${bom ? CSV_BOM : ''}${lines.join('\r\n')}\r\n`;
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

/** Saves text as a file through a Blob and a temporary object URL. */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the URL after this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
