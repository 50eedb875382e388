import { useEffect, useRef } from 'react';
import type { Catalog, LayerId } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { translate } from '../i18n';
import { type Insets, type MapLayersInput, PlanningMap } from '../map/PlanningMap';
import { useAnalysis } from '../state/analysis';
import { useBasemapStatus } from '../state/basemap-status';
import { useCatalog } from '../state/catalog';
import { useLanguage } from '../state/language';
import { allSettled, findFeature, useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import type { UrlState } from '../state/url';
import { useView } from '../state/view';
import { overlayOf } from './analysis/overlay';

interface Props {
  /** What the URL asked for at start: a full or partial view. */
  initial: UrlState;
  /** Receives the map instance once (for the few app-level commands such as "zoom to province"). */
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
}

function mapInput(layers: ReturnType<typeof useLayers.getState>['layers']): MapLayersInput {
  const out = {} as MapLayersInput;
  for (const id of LAYER_IDS) out[id] = { visible: layers[id].visible, features: layers[id].features };
  return out;
}

function sameInput(a: MapLayersInput | null, b: MapLayersInput): boolean {
  if (!a) return false;
  return LAYER_IDS.every(
    (id: LayerId) => a[id].visible === b[id].visible && a[id].features === b[id].features,
  );
}

/** The part of the map the panels cover (side panel, analysis panel, info panel), so fitting avoids it. */
export function panelInsets(): Partial<Insets> {
  const side = document.querySelector('.side')?.getBoundingClientRect();
  const analysis = document.querySelector('.analysis-panel')?.getBoundingClientRect();
  const info = document.querySelector('.info-panel')?.getBoundingClientRect();
  const out: Partial<Insets> = {};
  if (side) Object.assign(out, window.innerWidth > 720 ? { left: side.right } : { top: side.bottom });
  if (analysis) out.bottom = Math.max(0, window.innerHeight - analysis.top);
  if (info && window.innerWidth > 720) out.right = Math.max(0, window.innerWidth - info.left);
  return out;
}

/** Places the camera on the province, then applies whatever part of a view the URL gave. */
function startView(map: PlanningMap, catalog: Catalog | null, initial: UrlState): void {
  const full = initial.zoom !== undefined && initial.lat !== undefined && initial.lon !== undefined;
  if (full) return;
  if (catalog) map.fitBounds(catalog.province_bbox, false, panelInsets());
  if (initial.zoom !== undefined || initial.lat !== undefined || initial.lon !== undefined) {
    const v = map.getView();
    map.setView({
      center: [initial.lon ?? v.center[0], initial.lat ?? v.center[1]],
      zoom: initial.zoom ?? v.zoom,
    });
  }
}

export function MapView({ initial, onMap, onStyleError }: Props) {
  const container = useRef<HTMLElement>(null);
  // The initial view is read once, at mount.
  const initialRef = useRef(initial);
  const onMapRef = useRef(onMap);
  const onStyleErrorRef = useRef(onStyleError);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const init = initialRef.current;
    const hasView = init.zoom !== undefined && init.lat !== undefined && init.lon !== undefined;
    const base = document.baseURI;
    const map = new PlanningMap({
      container: el,
      styleUrl: new URL('tiles/style.json', base).href,
      labelsUrl: new URL('tiles/labels.geojson', base).href,
      initialView: hasView ? { center: [init.lon!, init.lat!], zoom: init.zoom! } : undefined,
      osmAttribution: translate(useLanguage.getState().lang, 'basemap.attribution'),
    });
    onMapRef.current?.(map);

    let styleLoaded = false;
    let fontsLoaded = map.isFontsReady;
    let ready = false;
    const checkReady = () => {
      if (ready || !styleLoaded || !fontsLoaded || !allSettled(useLayers.getState().layers)) return;
      ready = true;
      // Let deck.gl draw the finished layers before announcing readiness.
      map.afterRender(() => {
        document.documentElement.dataset.mapReady = 'true';
      });
    };

    // Camera: a URL view was applied at construction; otherwise fit the province once known.
    let placed = hasView;
    const place = () => {
      if (placed) return;
      const { catalog, error } = useCatalog.getState();
      if (!catalog && !error) return;
      placed = true;
      startView(map, catalog, init);
    };

    let lastInput: MapLayersInput | null = null;
    const pushLayers = () => {
      const input = mapInput(useLayers.getState().layers);
      if (sameInput(lastInput, input)) return;
      lastInput = input;
      map.setLayers(input);
    };

    const unsubs = [
      map.on('styleLoaded', ({ ok, message }) => {
        styleLoaded = true;
        onStyleErrorRef.current?.(ok ? null : message);
        checkReady();
      }),
      map.on('fontsLoaded', () => {
        fontsLoaded = true;
        checkReady();
      }),
      map.on('click', (ref) => useSelection.getState().select(ref)),
      // 'where' and 'measure' modes: the map hands over points and keys; the store decides.
      map.on('point', (p) => {
        const a = useAnalysis.getState();
        if (a.mode === 'where') a.setWherePoint(p);
        else if (a.mode === 'measure') a.addMeasurePoint(p);
      }),
      map.on('measureKey', (k) => {
        const a = useAnalysis.getState();
        if (k.action === 'add') a.addMeasurePoint(k.point);
        else if (k.action === 'undo') a.undoMeasurePoint();
        else a.finishMeasure();
      }),
      useAnalysis.subscribe((s, prev) => {
        if (s.mode !== prev.mode) map.setClickMode(s.mode);
        if (
          s.open !== prev.open ||
          s.tab !== prev.tab ||
          s.results !== prev.results ||
          s.errors !== prev.errors ||
          s.focusParkId !== prev.focusParkId ||
          s.measurePoints !== prev.measurePoints ||
          s.measureType !== prev.measureType ||
          s.measureDrawing !== prev.measureDrawing
        ) {
          map.setAnalysisOverlay(overlayOf(s));
        }
        // A new Within answer: show its whole zone.
        const zone = s.results.within?.zone;
        if (s.open && zone && s.results.within !== prev.results.within) {
          requestAnimationFrame(() => map.flyToFeature(zone, panelInsets(), 0));
        }
        if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) {
          const { ref } = s.zoomRequest;
          const feature = findFeature(useLayers.getState().layers, ref.layerId, ref.featureId);
          // After React has laid out the info panel the selection opens, so the insets include it.
          if (feature) requestAnimationFrame(() => map.flyToFeature(feature, panelInsets()));
        }
      }),
      map.on('hover', (ref) => {
        map.setHover(ref);
        useSelection.getState().hover(ref);
      }),
      map.on('view', (view) => useView.getState().setView(view)),
      useLayers.subscribe(() => {
        pushLayers();
        checkReady();
      }),
      useCatalog.subscribe(place),
      useLanguage.subscribe((s) => map.setLanguage(s.lang)),
      useSelection.subscribe((s, prev) => {
        if (s.selected !== prev.selected) map.setSelection(s.selected);
      }),
      useView.subscribe((s, prev) => {
        if (s.osm !== prev.osm) map.setOsm(s.osm);
      }),
      map.on('osmStatus', (status) => useBasemapStatus.getState().set(status)),
    ];
    map.setLanguage(useLanguage.getState().lang);
    map.setSelection(useSelection.getState().selected);
    map.setOsm(useView.getState().osm);
    map.setClickMode(useAnalysis.getState().mode);
    map.setAnalysisOverlay(overlayOf(useAnalysis.getState()));
    pushLayers();
    place();
    checkReady();

    const onResize = () => map.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      for (const u of unsubs) u();
      onMapRef.current?.(null);
      map.destroy();
      delete document.documentElement.dataset.mapReady;
    };
  }, []);

  const lang = useLanguage((s) => s.lang);
  return (
    <section ref={container} className="map" data-testid="map" aria-label={translate(lang, 'app.title')} />
  );
}
