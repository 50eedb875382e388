// The attribute table's rows: the layer's features matching the search box (src/lib/search.ts:
// case, diacritics and đ/Đ ignored), and the visible rows' exports through the analysis tables'
// writers (CSV by the one CSV writer: UTF-8 BOM, formula-safe; GeoJSON with the feature geometry).
import type { LayerFeature } from '../../data/load-layer';
import { buildFeatureIndex, type SearchIndex, searchIndex } from '../../lib/search';
import { type ExportColumn, toCsv, toGeoJson } from '../analysis/export';
import { TABLE_SEARCH_FIELDS, type TableColumn } from './columns';
import { exportedColumns } from './user-columns';

/**
 * Folds every feature once (per data load); search it with `matchingRows`. `fields`: the properties
 * searched, a curated layer's names, ids and codes by default; an imported layer passes its own
 * columns (UserLayer.fields), whose names the viewer cannot know (a file's `name`, `ten`, `ma_lo`).
 */
export function tableIndex(
  features: readonly LayerFeature[],
  fields: readonly string[] = TABLE_SEARCH_FIELDS,
): SearchIndex<LayerFeature> {
  return buildFeatureIndex(features, fields);
}

/** The features of `index` matching `query` (every word, in the index's fields), in file order. */
export function matchingRows(index: SearchIndex<LayerFeature>, query: string): LayerFeature[] {
  return searchIndex(index, query);
}

/**
 * `lon` and `lat` (WGS 84 degrees, as the export rounds them: 6 decimals, about 0.1 m) for rows that
 * are points (every row with a geometry a Point), so the CSV goes back on a map (this viewer's CSV
 * import and a spreadsheet's map read them): a newcomer's relics came out with their names and no
 * place. None for lines and polygons (their CSV holds the attributes; GeoJSON, Shapefile and KML
 * hold the shapes), nor when the layer has a column so named.
 */
function pointColumns(columns: readonly ExportColumn<LayerFeature>[], rows: readonly LayerFeature[]) {
  const located = rows.filter((f) => f.geometry !== null);
  if (located.length === 0 || !located.every((f) => f.geometry!.type === 'Point')) return [];
  const taken = new Set(columns.flatMap((c) => [c.id.toLowerCase(), c.label.toLowerCase()]));
  if (taken.has('lon') || taken.has('lat')) return [];
  const at =
    (k: 0 | 1) =>
    (f: LayerFeature): number | null =>
      f.geometry?.type === 'Point' ? (f.geometry.coordinates[k] ?? null) : null;
  return [
    { id: 'lon', label: 'lon', value: at(0) },
    { id: 'lat', label: 'lat', value: at(1) },
  ];
}

/**
 * The rows as CSV text (header = column labels; raw values, numbers as numbers; BOM first), with
 * `lon`/`lat` last for a layer of points (pointColumns).
 */
export function rowsCsv(columns: TableColumn[], rows: LayerFeature[]): string {
  const shown = exportedColumns(columns);
  return toCsv([...shown, ...pointColumns(shown, rows)], rows);
}

/** The rows as a GeoJSON FeatureCollection text (properties by column id). */
export function rowsGeoJson(columns: TableColumn[], rows: LayerFeature[]): string {
  return JSON.stringify(toGeoJson(exportedColumns(columns), rows, (f) => f.geometry));
}

/** The `id` property of a feature as a string (the selection's feature id). */
export const featureIdOf = (f: LayerFeature): string => String(f.properties?.id ?? '');

/**
 * The rows as the Shapefile and KML writers get them: the features themselves, except that an
 * imported layer whose `id`s the viewer made (UserLayer.idsMade: numbers for selection, not in the
 * file) goes out without that `id`, as its CSV and GeoJSON do (their columns leave it out). The
 * features are copied, never changed: the map and the table still select by that id.
 */
export function gisRows(rows: LayerFeature[], idsMade: boolean): LayerFeature[] {
  if (!idsMade) return rows;
  return rows.map((f) => {
    const { id: _made, ...properties } = f.properties ?? {};
    return { ...f, properties };
  });
}
