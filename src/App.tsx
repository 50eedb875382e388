import { useEffect, useRef, useState } from 'react';
import { type MessageKey, useT } from './i18n';
import type { PlanningMap } from './map/PlanningMap';
import { PrintHost, PrintPanel } from './print/PrintPanel';
import { setPrintMap } from './print/print-store';
import { useAnalysis } from './state/analysis';
import { useCatalog } from './state/catalog';
import { allSettled, useLayers } from './state/layers';
import { useLinkSelection } from './state/link-selection';
import { useSelection } from './state/selection';
import { useTable } from './state/table';
import { type HashReading, readHash, type UrlState } from './state/url';
import { applyHash } from './state/url-sync';
import { BasemapNotice, BasemapToggle } from './ui/BasemapToggle';
import { CompareControl } from './ui/compare/CompareControl';
import { Maps } from './ui/compare/Maps';
import { EmbedBuilderButton } from './ui/embed/EmbedBuilderButton';
import { EmbedOverlay } from './ui/embed/EmbedOverlay';
import { FeatureChooser } from './ui/FeatureChooser';
import { HashNotice } from './ui/HashNotice';
import { InfoPanel } from './ui/InfoPanel';
import { InViewList } from './ui/InViewList';
import { ImportPanel } from './ui/import/ImportPanel';
import { QuestionNotice } from './ui/import/QuestionNotice';
import { addLinkedLayers } from './ui/import/start';
import { LanguageToggle } from './ui/LanguageToggle';
import { LayerPanel } from './ui/LayerPanel';
// Panels not needed at first paint load as their own chunks (issue 11 §2, bundle size).
import {
  AnalysisPanel,
  ChoroplethPanel,
  ExplorerPanel,
  ExplorerToggle,
  TablePanel,
  TimePanel,
} from './ui/lazy/panels';
import { panelInsets } from './ui/map-camera';
import { MapSearch } from './ui/search/MapSearch';
import { AnnotationPanel } from './ui/share/AnnotationPanel';
import { attachAnnotations } from './ui/share/annotation-sync';
import { ShareButton } from './ui/share/ShareDialog';

/**
 * The full viewer. `initial`: what the link opened with; `opened`: how its hash read (keys ignored
 * or corrected), taken in main.tsx at once, since by the time this chunk loads the app may already
 * have written its own hash over the link's.
 */
export function App({ initial, opened }: { initial: UrlState; opened: HashReading<UrlState> }) {
  const { t } = useT();
  const [panelOpen, setPanelOpen] = useState(() => window.innerWidth > 720);
  const [styleError, setStyleError] = useState<string | null>(null);
  // What the URL hash had that was ignored (its default applies) or corrected, for a notice.
  const [hashIssues, setHashIssues] = useState(opened);
  // A link's `sel` whose id is not in its layer is known only once the layer is loaded.
  const selMissing = useLinkSelection((s) => s.missing);
  const ignored = selMissing ? [...hashIssues.ignored, 'sel'] : hashIssues.ignored;
  const hashNotice = ignored.length > 0 || hashIssues.corrected.length > 0;
  const catalog = useCatalog((s) => s.catalog);
  const catalogError = useCatalog((s) => s.error);
  const catalogErrorKind = useCatalog((s) => s.errorKind);
  const loading = useLayers((s) => !allSettled(s.layers));
  const analysisOpen = useAnalysis((s) => s.open);
  const tableOpen = useTable((s) => s.layer !== null);
  const mapRef = useRef<PlanningMap | null>(null);
  const detachAnnotations = useRef<(() => void) | null>(null);

  useEffect(() => {
    // A hand-edited hash (or a pasted link in the same tab) applies without a reload.
    const onHash = (e: HashChangeEvent) => {
      // The event's own URL, not location.hash: the app's debounced hash writer may already have
      // replaced the address with the previous view (replaceState) before this event runs, and
      // reading it would move the camera back to where it was.
      const hash = new URL(e.newURL).hash;
      const parsed = applyHash(hash);
      setHashIssues(readHash(hash));
      // Layers the pasted link adds by URL, as at page load (the hash writer keeps them meanwhile).
      if (parsed.src) void addLinkedLayers(parsed.src);
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
      // Escape closes the innermost thing first: the chooser (which also handles its own Escape), a
      // measure drawing (from the map or the panel), the info panel (clearing the selection), then
      // the analysis panel. Escape inside the analysis panel with nothing inner open closes it
      // directly (AnalysisPanel, which also returns the focus to its toggle).
      const analysis = useAnalysis.getState();
      const selection = useSelection.getState();
      if (selection.choices) selection.closeChoices();
      else if (analysis.measureDrawing) analysis.cancelMeasure();
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
      className={`app ${panelOpen ? 'panel-open' : 'panel-closed'} ${analysisOpen || tableOpen ? 'analysis-open' : ''} ${tableOpen ? 'table-open' : ''}`}
    >
      {/* The district units drawn are those of 2020 – mid-2025 (Bình Dương is part of HCMC since July
          2025). A footer (the page's contentinfo landmark), so no content sits outside a landmark. */}
      <footer className="map-period" data-testid="map-period">
        {t('districts.period.short')}
      </footer>
      <aside className="side" aria-label={t('app.side')}>
        <header className="side-header">
          {/* The first Tab stop: past the panel's ~60 controls straight to the map (WCAG 2.4.1). A
              button, not a link to #map: the hash is the app's state. Shown when focused. */}
          <button
            type="button"
            className="skip-link"
            data-testid="skip-to-map"
            onClick={() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus()}
          >
            {t('app.skipToMap')}
          </button>
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
            <span aria-hidden="true">{panelOpen ? '‹' : '☰'}</span>
          </button>
        </header>
        {/* The map-wide search stays in view with the panel folded (a phone's default). */}
        <MapSearch />
        {/* Messages stay visible with the panel folded (the phone's default). */}
        {(catalogError || hashNotice || styleError || (!panelOpen && loading)) && (
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
            <HashNotice
              ignored={ignored}
              corrected={hashIssues.corrected}
              onDismiss={() => {
                setHashIssues({ state: {}, ignored: [], corrected: [] });
                useLinkSelection.getState().dismiss();
              }}
            />
            {styleError && (
              <p className="notice" role="status" title={styleError}>
                {t('app.style.error')}
              </p>
            )}
          </div>
        )}
        <BasemapNotice />
        <QuestionNotice panelOpen={panelOpen} onShow={() => setPanelOpen(true)} />
        <div className="side-body" id="side-body" hidden={!panelOpen}>
          <LayerPanel />
          <ImportPanel />
          <TimePanel />
          <ChoroplethPanel />
          <BasemapToggle />
          <ExplorerToggle />
          <CompareControl />
          <PrintPanel />
          <InViewList />
          <EmbedBuilderButton />
          <AnnotationPanel />
          <ShareButton />
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
      </aside>
      <InfoPanel />
      <ExplorerPanel />
      <AnalysisPanel />
      <TablePanel />
      <FeatureChooser />
      <PrintHost />
      {/* An embed with its side panel (`embed=1&panel=1`): legend and "view larger map". */}
      <EmbedOverlay />
      {/* Last in the page, so the tab order starts with the title and the panels; CSS keeps it
          under them. */}
      <Maps
        initial={initial}
        onMap={(m) => {
          mapRef.current = m;
          setPrintMap(m);
          detachAnnotations.current?.();
          detachAnnotations.current = m ? attachAnnotations(m) : null;
        }}
        onStyleError={setStyleError}
      />
    </div>
  );
}
