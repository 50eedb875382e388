// The attribute table's export of the rows in view: those passing the layer's filter and the
// search, in the shown order (CSV by the one CSV writer: BOM, formula-safe; GeoJSON with
// geometries). The column filters are in ColumnFilter.tsx.
import type { LayerFeature } from '../../data/load-layer';
import { ExportButtons } from '../ExportButtons';
import { GisExportButtons } from '../import/GisExportButtons';
import type { TableColumn } from './columns';
import { gisRows, rowsCsv, rowsGeoJson } from './rows';

/** CSV and GeoJSON of `rows` (the rows the search and filters leave, in the shown order). */
export function TableExport({
  caption,
  fileBase,
  columns,
  rows,
  idsMade = false,
}: {
  caption: string;
  /** What the files are named after (the layer's title); the caption when not given. */
  fileBase?: string;
  columns: TableColumn[];
  rows: LayerFeature[];
  /** The layer's `id`s were made by the viewer (UserLayer.idsMade): left out of every export. */
  idsMade?: boolean;
}) {
  return (
    <>
      <ExportButtons
        caption={caption}
        fileBase={fileBase}
        csv={() => rowsCsv(columns, rows)}
        geojson={() => rowsGeoJson(columns, rows)}
      />
      <GisExportButtons caption={caption} fileBase={fileBase} rows={() => gisRows(rows, idsMade)} />
    </>
  );
}
