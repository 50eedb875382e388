// Shapefile (WGS 84 or VN-2000) and KML downloads of a table's rows, beside its CSV and GeoJSON
// buttons (issue 10 §1). The writers are loaded when a button is first pressed.
import type { LayerFeature } from '../../data/load-layer';
import { useT } from '../../i18n';
import { exportFileName } from '../analysis/export';
import { download } from '../download';
import { ownName } from '../feature-name';

/**
 * `caption` names the buttons (and the files, unless `fileBase` does); `rows` are the features
 * exported (geometry and properties).
 */
export function GisExportButtons({
  caption,
  rows,
  fileBase = caption,
}: {
  caption: string;
  rows: () => LayerFeature[];
  fileBase?: string;
}) {
  const f = useT();
  const { t } = f;
  // The file name's stem without the date's extension: "<slug>-<date>".
  const stem = exportFileName(fileBase, 'csv').replace(/\.csv$/, '');
  const shp = async (crs: 'wgs84' | 'vn2000-tm3-10545') => {
    const { toShapefileZip } = await import('../../userlayers/export');
    const suffix = crs === 'wgs84' ? 'wgs84' : 'vn2000';
    download(`${stem}-${suffix}.zip`, toShapefileZip(rows(), stem, crs) as BlobPart, 'application/zip');
  };
  const kml = async () => {
    const { toKml } = await import('../../userlayers/export');
    // Each Placemark named as the viewer titles the feature, in the page's language.
    const nameOf = (p: Record<string, unknown>) => f.name(p) || ownName(p, f.lang);
    download(`${stem}.kml`, toKml(rows(), nameOf, fileBase), 'application/vnd.google-earth.kml+xml');
  };
  return (
    <>
      <button
        type="button"
        className="export"
        data-export="shp-wgs84"
        aria-label={t('userLayers.export.shp.aria', { table: caption })}
        onClick={() => void shp('wgs84')}
      >
        {t('userLayers.export.shp')}
      </button>
      <button
        type="button"
        className="export"
        data-export="shp-vn2000"
        aria-label={t('userLayers.export.shpVn.aria', { table: caption })}
        onClick={() => void shp('vn2000-tm3-10545')}
      >
        {t('userLayers.export.shpVn')}
      </button>
      <button
        type="button"
        className="export"
        data-export="kml"
        aria-label={t('userLayers.export.kml.aria', { table: caption })}
        onClick={() => void kml()}
      >
        {t('userLayers.export.kml')}
      </button>
    </>
  );
}
