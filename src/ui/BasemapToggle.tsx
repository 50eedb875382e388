import { useT } from '../i18n';
import { useBasemapStatus } from '../state/basemap-status';
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
        {/* Named by its visible label (WCAG 2.5.3); the longer wording is its description. */}
        <input
          type="checkbox"
          checked={osm}
          title={t('basemap.osm.aria')}
          onChange={(e) => setOsm(e.currentTarget.checked)}
        />
        <span>{t('basemap.osm')}</span>
      </label>
      {osm && <p className="attribution">{t('basemap.attribution')}</p>}
    </fieldset>
  );
}

/**
 * One notice while the online basemap is asked for but unreachable (the map retries on its own,
 * with growing delays); it sits with the app's other notices, so it shows with the panel folded.
 */
export function BasemapNotice() {
  const { t } = useT();
  const offline = useBasemapStatus((s) => s.status === 'offline');
  const osm = useView((s) => s.osm);
  const setOsm = useView((s) => s.setOsm);
  if (!osm || !offline) return null;
  return (
    <div className="side-notices">
      <p className="notice" role="status" data-testid="basemap-notice">
        {t('basemap.osm.offline')}{' '}
        <button type="button" className="notice-action" onClick={() => setOsm(false)}>
          {t('basemap.osm.turnOff')}
        </button>
      </p>
    </div>
  );
}
