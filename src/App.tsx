import { useEffect, useRef, useState } from 'react';
import { type MessageKey, useT } from './i18n';
import type { PlanningMap } from './map/PlanningMap';
import { useAnalysis } from './state/analysis';
import { useCatalog } from './state/catalog';
import { allSettled, useLayers } from './state/layers';
import { useSelection } from './state/selection';
import { ignoredHashKeys, type UrlState } from './state/url';
import { applyHash } from './state/url-sync';
import { AnalysisPanel } from './ui/analysis/AnalysisPanel';
import { BasemapToggle } from './ui/BasemapToggle';
import { InfoPanel } from './ui/InfoPanel';
import { LanguageToggle } from './ui/LanguageToggle';
import { LayerPanel } from './ui/LayerPanel';
import { MapView, panelInsets } from './ui/MapView';

export function App({ initial }: { initial: UrlState }) {
  const { t } = useT();
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth > 720);
  const [styleError, setStyleError] = useState<string | null>(null);
  // Keys of the URL hash whose values were invalid (so their defaults apply), for a notice.
  const [ignoredKeys, setIgnoredKeys] = useState(() => ignoredHashKeys(window.location.hash));
  const catalog = useCatalog((s) => s.catalog);
  const catalogError = useCatalog((s) => s.error);
  const catalogErrorKind = useCatalog((s) => s.errorKind);
  const loading = useLayers((s) => !allSettled(s.layers));
  const analysisOpen = useAnalysis((s) => s.open);
  const mapRef = useRef<PlanningMap | null>(null);

  useEffect(() => {
    // A hand-edited hash (or a pasted link in the same tab) applies without a reload.
    const onHash = () => {
      const parsed = applyHash(window.location.hash);
      setIgnoredKeys(ignoredHashKeys(window.location.hash));
      const map = mapRef.current;
      if (map && (parsed.zoom !== undefined || parsed.lat !== undefined || parsed.lon !== undefined)) {
        const v = map.getView();
        map.setView({
          center: [parsed.lon ?? v.center[0], parsed.lat ?? v.center[1]],
          zoom: parsed.zoom ?? v.zoom,
        });
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Escape cancels a measure drawing first (from the map or the panel), else clears the selection
      // (closing the info panel), else closes the analysis panel. Escape inside the analysis panel
      // closes it directly (AnalysisPanel).
      const analysis = useAnalysis.getState();
      const selection = useSelection.getState();
      if (analysis.measureDrawing) analysis.cancelMeasure();
      else if (selection.selected) selection.select(null);
      else if (analysis.open) analysis.setOpen(false);
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <div
      className={`app ${panelOpen ? 'panel-open' : 'panel-closed'} ${analysisOpen ? 'analysis-open' : ''}`}
    >
      <MapView
        initial={initial}
        onMap={(m) => {
          mapRef.current = m;
        }}
        onStyleError={setStyleError}
      />
      {/* The district units drawn are those of 2020 – mid-2025 (Bình Dương is part of HCMC since July 2025). */}
      <p className="map-period" data-testid="map-period">
        {t('districts.period.short')}
      </p>
      <div className="side">
        <header className="side-header">
          <div className="titles">
            <h1>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
          <LanguageToggle />
          <button
            type="button"
            className="panel-toggle"
            aria-label={panelOpen ? t('app.panel.hide') : t('app.panel.show')}
            aria-expanded={panelOpen}
            aria-controls="side-body"
            onClick={() => setPanelOpen((o) => !o)}
          >
            {panelOpen ? '‹' : '☰'}
          </button>
        </header>
        {/* Messages stay visible with the panel folded (the phone's default). */}
        {(catalogError || ignoredKeys.length > 0 || styleError || (!panelOpen && loading)) && (
          <div className="side-notices">
            {/* With the panel folded, the per-layer spinners are hidden: say that data is on its way. */}
            {!panelOpen && loading && (
              <p className="notice" role="status" data-testid="loading-notice">
                {t('app.loading.data')}
              </p>
            )}
            {catalogError && (
              <p className="notice error" role="alert">
                {t('app.catalog.error', {
                  reason: t(`loadError.${catalogErrorKind ?? 'format'}` as MessageKey),
                  message: catalogError,
                })}
              </p>
            )}
            {ignoredKeys.length > 0 && (
              <p className="notice" role="status" data-testid="hash-notice">
                {t('app.hash.ignored', { keys: ignoredKeys.join(', ') })}
                <button
                  type="button"
                  className="notice-dismiss"
                  aria-label={t('app.hash.dismiss')}
                  onClick={() => setIgnoredKeys([])}
                >
                  ×
                </button>
              </p>
            )}
            {styleError && (
              <p className="notice" role="status" title={styleError}>
                {t('app.style.error')}
              </p>
            )}
          </div>
        )}
        <div className="side-body" id="side-body" hidden={!panelOpen}>
          <LayerPanel />
          <BasemapToggle />
          {catalog && (
            <button
              type="button"
              className="fit"
              aria-label={t('app.fit')}
              onClick={() => mapRef.current?.fitBounds(catalog.province_bbox, true, panelInsets())}
            >
              {t('app.fit')}
            </button>
          )}
        </div>
      </div>
      <InfoPanel />
      <AnalysisPanel />
    </div>
  );
}
