import { useT } from '../i18n';
import { useView } from '../state/view';

/** The offline basemap is always there; the online OSM raster is an opt-in layer over it. */
export function BasemapToggle() {
  const { t } = useT();
  const osm = useView((s) => s.osm);
  const setOsm = useView((s) => s.setOsm);
  return (
    <fieldset className="basemap">
      <legend>{t('basemap.title')}</legend>
      <p className="basemap-offline">{t('basemap.offline')}</p>
      <label>
        <input
          type="checkbox"
          checked={osm}
          aria-label={t('basemap.osm.aria')}
          onChange={(e) => setOsm(e.currentTarget.checked)}
        />
        <span>{t('basemap.osm')}</span>
      </label>
      {osm && <p className="attribution">{t('basemap.attribution')}</p>}
    </fieldset>
  );
}
