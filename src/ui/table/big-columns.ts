// The attribute table's columns of a large layer (binary chunks): one per field of the file (at most
// MAX_COLUMNS, the file's name field first as for small imported layers), a row being a layer ordinal
// whose cells are read from its chunk's typed columns. The exports go through the analysis tables'
// writers (src/ui/analysis/export.ts) with the ordinals as rows: CSV of the raw values, GeoJSON with
// each row's geometry rebuilt from its chunk (geometryAt), one row at a time; Shapefile and KML from
// the same features (bigRowsFeatures).
import type { Feature, Geometry } from 'geojson';
import { geometryAt } from '../../data/binary/feature';
import { type Cell, cellAt, locate } from '../../data/binary/rows';
import type { BinaryChunk } from '../../data/binary/types';
import type { Formatters } from '../../i18n';
import { type ExportColumn, toCsv, toGeoJson } from '../analysis/export';
import { exportedColumns, hasNameColumn, MAX_COLUMNS, nameColumn, ROW_TITLE } from './user-columns';

export interface BigColumn extends ExportColumn<number> {
  numeric: boolean;
  /** The cell's text for the reader ('' for null). */
  display: (ordinal: number) => string;
}

/** The columns of a large layer with `fields` (the summary's, in file order). */
export function bigColumns(
  chunks: readonly BinaryChunk[],
  fields: readonly string[],
  f: Formatters,
): BigColumn[] {
  const kept = fields.slice(0, MAX_COLUMNS);
  const nameField = nameColumn(kept);
  const named = nameField !== undefined && hasNameColumn(kept);
  const ordered = named ? [nameField, ...kept.filter((k) => k !== nameField)] : kept;
  // No name column: the rows are titled "Đối tượng số N" in a column of their own (user-columns.ts).
  const title: BigColumn[] = named
    ? []
    : // Sorted by the feature's number (ordinal + 1); the cell is the row's button.
      [
        {
          id: ROW_TITLE,
          label: f.t('table.col.name'),
          numeric: true,
          value: (o) => o + 1,
          display: () => '',
        },
      ];
  return [
    ...title,
    ...ordered.map((name): BigColumn => {
      const numeric = chunks.some((c) => c.columns[name]?.kind === 'number');
      const value = (o: number): Cell => {
        const at = locate(chunks, o);
        return at ? cellAt(at.chunk, name, at.i) : null;
      };
      return {
        id: name,
        label: name,
        numeric,
        value,
        display: (o) => {
          const v = value(o);
          return v === null ? '' : typeof v === 'number' ? f.num(v, 6) : v;
        },
      };
    }),
  ];
}

/** CSV text of `rows` (ordinals, in the shown order): column names as headers, raw values. */
export function bigRowsCsv(columns: BigColumn[], rows: ArrayLike<number>): string {
  return toCsv(exportedColumns(columns), Array.from(rows));
}

/**
 * The features of `rows` (ordinals, in the shown order) as GeoJSON objects, for the Shapefile and
 * KML writers: each geometry rebuilt from its chunk, properties as the GeoJSON export writes them.
 * Built only when an export button is pressed (a 100k-row export holds them for that moment).
 */
export function bigRowsFeatures(
  chunks: readonly BinaryChunk[],
  columns: BigColumn[],
  rows: ArrayLike<number>,
): Feature<Geometry | null>[] {
  const geometryOf = (o: number): Geometry | null => {
    const at = locate(chunks, o);
    return at ? geometryAt(at.chunk, at.i) : null;
  };
  return toGeoJson(exportedColumns(columns), Array.from(rows), geometryOf)
    .features as Feature<Geometry | null>[];
}

/** GeoJSON FeatureCollection text of `rows`: each feature's geometry and its values by field name. */
export function bigRowsGeoJson(
  chunks: readonly BinaryChunk[],
  columns: BigColumn[],
  rows: ArrayLike<number>,
): string {
  const geometryOf = (o: number): Geometry | null => {
    const at = locate(chunks, o);
    return at ? geometryAt(at.chunk, at.i) : null;
  };
  return JSON.stringify(toGeoJson(exportedColumns(columns), Array.from(rows), geometryOf));
}
