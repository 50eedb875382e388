// The CSV and GeoJSON download buttons every table shows (analysis tables, attribute table). The
// texts are made only when a button is pressed: a large table costs nothing until it is exported.
import { useT } from '../i18n';
import { downloadText, exportFileName } from './analysis/export';

/**
 * Two buttons named after the table (`caption`, also the file name unless `fileBase` is given: an
 * attribute table's files are named after the layer, "ditich-zip-<date>.csv", not its caption's
 * "bang-thuoc-tinh-…"). `csv` returns the whole CSV text (BOM included, from src/lib/csv.ts);
 * `geojson` the GeoJSON text.
 */
export function ExportButtons({
  caption,
  csv,
  geojson,
  fileBase = caption,
}: {
  caption: string;
  csv: () => string;
  geojson: () => string;
  fileBase?: string;
}) {
  const f = useT();
  return (
    <>
      <button
        type="button"
        className="export"
        data-export="csv"
        aria-label={f.t('analysis.export.csv.aria', { table: caption })}
        onClick={() => downloadText(exportFileName(fileBase, 'csv'), csv(), 'text/csv;charset=utf-8')}
      >
        {f.t('analysis.export.csv')}
      </button>
      <button
        type="button"
        className="export"
        data-export="geojson"
        aria-label={f.t('analysis.export.geojson.aria', { table: caption })}
        onClick={() => downloadText(exportFileName(fileBase, 'geojson'), geojson(), 'application/geo+json')}
      >
        {f.t('analysis.export.geojson')}
      </button>
    </>
  );
}
