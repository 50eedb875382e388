// CSV/TSV with longitude/latitude columns (either order) or a WKT column, parsed with papaparse.
// The chosen columns are returned as a detection the UI shows for confirmation; the user's choice
// comes back as `options.csvColumns`.
import { wktToGeoJSON } from '@terraformer/wkt';
import type { CsvDetection, RawRead } from '../types';
import { fail, type ReadContext, utf8Text } from './context';
import { parseCsvRows, utf8Length } from './csv-stream';
import { cellNumber, numericColumns } from './csv-types';

const simple = (name: string): string =>
  name
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const LON = new Set(['lon', 'lng', 'long', 'longitude', 'x', 'kinhdo', 'pointx', 'xcoord', 'easting']);
const LAT = new Set(['lat', 'latitude', 'y', 'vido', 'pointy', 'ycoord', 'northing']);
const WKT = new Set(['wkt', 'geometry', 'geom', 'thegeom', 'shape', 'wktgeom', 'wktgeometry']);
const WKT_VALUE = /^\s*(MULTI)?(POINT|LINESTRING|POLYGON)\b|^\s*GEOMETRYCOLLECTION\b/i;

function toNumber(v: string | undefined, delimiter: string): number {
  if (v === undefined) return Number.NaN;
  const t = v.trim();
  if (t === '') return Number.NaN;
  return Number(delimiter !== ',' ? t.replace(',', '.') : t);
}

/** Picks the coordinate columns by name, else a WKT-looking column, else by value ranges. */
export function detectColumns(header: string[], rows: string[][], delimiter: string): CsvDetection {
  const d: CsvDetection = { columns: header, delimiter, byValues: false };
  const byName = (set: Set<string>) => header.find((h) => set.has(simple(h)));
  d.lon = byName(LON);
  d.lat = byName(LAT);
  if (d.lon !== undefined && d.lat !== undefined) return d;
  d.lon = undefined;
  d.lat = undefined;
  const sample = rows.slice(0, 200);
  const wkt = byName(WKT) ?? header.find((_, i) => sample.some((r) => WKT_VALUE.test(r[i] ?? '')));
  if (wkt !== undefined) return { ...d, wkt };
  // Value ranges: a latitude column stays within ±90, a longitude column (in this region 100–118°)
  // goes beyond it. Columns must be numeric in at least 90 % of the sampled rows.
  const numeric = header
    .map((name, i) => ({ name, values: sample.map((r) => toNumber(r[i], delimiter)) }))
    .filter((c) => c.values.length > 0 && c.values.filter(Number.isFinite).length >= 0.9 * c.values.length);
  const within = (c: { values: number[] }, limit: number) =>
    c.values.every((v) => !Number.isFinite(v) || Math.abs(v) <= limit);
  const lat = numeric.find((c) => within(c, 90));
  const lon = numeric.find((c) => c !== lat && within(c, 180) && !within(c, 90));
  if (lat && lon) return { ...d, lat: lat.name, lon: lon.name, byValues: true };
  return d;
}

/**
 * Reads a CSV/TSV file's features. While papaparse reads the text, `ctx.progress` gets the bytes of
 * the file parsed so far (the end of the last whole row, the BOM counted) and the data rows so far,
 * after each piece of csv-stream.ts; a cancel (`ctx.options.signal`) is seen between pieces and
 * rejects with the signal's reason (the registry reports it as `import.error.cancelled`).
 */
export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const text = utf8Text(bytes, ctx).replace(/^\uFEFF/, '');
  const tsv = /\.tsv$/i.test(ctx.fileName);
  // Bytes so far, counted piece by piece (each piece's characters once), after the BOM's 3 bytes
  // (the decoder drops a BOM from the text, so it is read from the bytes).
  let bytesRead = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let chars = 0;
  const parsed = await parseCsvRows(text, {
    delimiter: tsv ? '\t' : '',
    ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
    onPiece: (cursor, rowCount) => {
      bytesRead += utf8Length(text, chars, cursor);
      chars = cursor;
      ctx.progress(Math.max(0, rowCount - 1), bytesRead);
    },
  });
  const [header = [], ...rows] = parsed.rows;
  const delimiter = parsed.delimiter;
  const detected = detectColumns(header, rows, delimiter);
  const chosen = { ...detected, ...ctx.options.csvColumns };
  const li = chosen.lon !== undefined ? header.indexOf(chosen.lon) : -1;
  const ai = chosen.lat !== undefined ? header.indexOf(chosen.lat) : -1;
  const wi = chosen.wkt !== undefined ? header.indexOf(chosen.wkt) : -1;
  if (wi < 0 && (li < 0 || ai < 0)) {
    const columns = header.slice(0, 20).join(', ') + (header.length > 20 ? ', …' : '');
    throw fail(ctx, 'import.error.csvNoCoordinates', `no coordinate columns among ${header.length}`, {
      columns,
    });
  }
  // Numeric columns as numbers (csv-types.ts says which), so they class, filter and sort by value.
  const numeric = numericColumns(header, rows, delimiter, new Set([li, ai, wi]));
  const features: RawRead['features'] = rows.map((row) => {
    const properties: Record<string, unknown> = Object.create(null);
    header.forEach((h, i) => {
      if (i !== li && i !== ai && i !== wi)
        properties[h] = numeric[i] ? cellNumber(row[i], delimiter) : (row[i] ?? null);
    });
    let geometry: unknown = null;
    if (wi >= 0) {
      try {
        geometry = wktToGeoJSON(row[wi] ?? '');
      } catch {
        geometry = { type: 'Point', coordinates: 'not WKT' };
      }
    } else {
      geometry = { type: 'Point', coordinates: [toNumber(row[li], delimiter), toNumber(row[ai], delimiter)] };
    }
    return { type: 'Feature', geometry, properties };
  });
  ctx.progress(features.length);
  const csv: CsvDetection = { ...detected };
  return { features, warnings: [], csv };
}
