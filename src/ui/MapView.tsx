import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import { useEffect, useRef } from 'react';
import { located } from '../data/load-layer';
import type { Bbox, Catalog, LayerId } from '../data/schema';
import { translate } from '../i18n';
import { type Insets, type MapLayersInput, PlanningMap } from '../map/PlanningMap';
import { useAnalysis } from '../state/analysis';
import { useBasemapStatus } from '../state/basemap-status';
import { useCatalog } from '../state/catalog';
import { useLanguage } from '../state/language';
import { allSettled, findFeature, useLayers } from '../state/layers';
import { type FeatureRef, sameRef, useSelection } from '../state/selection';
import type { UrlState } from '../state/url';
import { useView } from '../state/view';
import { overlayOf } from './analysis/overlay';
import { fitTarget, prefersReducedMotion } from './fit';

interface Props {
  /** What the URL asked for at start: a full or partial view. */
  initial: UrlState;
  /** Receives the map instance once (for the few app-level commands such as "zoom to province"). */
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
}

/** What the map draws of each layer the store holds (keys in draw order, bottom first). */
function mapInput(
  layers: ReturnType<typeof useLayers.getState>['layers'],
  order: readonly LayerId[],
): MapLayersInput {
  const out: MapLayersInput = {};
  for (const id of order) {
    const layer = layers[id];
    if (!layer) continue;
    out[id] = {
      visible: layer.visible,
      features: located(layer.features),
      opacity: layer.opacity,
    };
  }
  return out;
}

function sameInput(a: MapLayersInput | null, b: MapLayersInput): boolean {
  if (!a) return false;
  const ids = Object.keys(b);
  if (Object.keys(a).join('\u0000') !== ids.join('\u0000')) return false;
  return ids.every((id) => {
    const x = a[id]!;
    const y = b[id]!;
    return (
      x.visible === y.visible &&
      x.features === y.features &&
      x.opacity === y.opacity &&
      x.style === y.style &&
      x.highlight === y.highlight
    );
  });
}

/**
 * The part of the map the panels cover (side panel, analysis panel, info panel or sheet), in CSS
 * pixels from each edge of the map (which fills the window), so fitting avoids it.
 */
export function panelInsets(): Partial<Insets> {
  const side = document.querySelector('.side')?.getBoundingClientRect();
  const analysis = document.querySelector('.analysis-panel')?.getBoundingClientRect();
  const info = document.querySelector('.info-panel')?.getBoundingClientRect();
  const { innerWidth: w, innerHeight: h } = window;
  const out: Partial<Insets> = {};
  if (side) Object.assign(out, w > 720 ? { left: side.right } : { top: side.bottom });
  if (analysis) out.bottom = Math.max(0, h - analysis.top);
  if (info && w > 720) out.right = Math.max(0, w - info.left);
  // On a phone the info panel is a sheet: along the bottom, or at the top while the analysis
  // sheet takes the bottom.
  else if (info && info.top + info.bottom > h) out.bottom = Math.max(out.bottom ?? 0, h - info.top);
  else if (info) out.top = Math.max(out.top ?? 0, info.bottom);
  return out;
}

/**
 * After a selection made on the map, moves the camera (if needed) so the feature shows clear of the
 * panels, once the info panel has been laid out. A selection from an analysis table zooms through
 * its own request (zoomRequest) instead, which this sees and leaves alone.
 */
function fitSelection(map: PlanningMap, el: HTMLElement, ref: FeatureRef): void {
  const request = useAnalysis.getState().zoomRequest;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (useAnalysis.getState().zoomRequest !== request) return;
      if (!sameRef(useSelection.getState().selected, ref)) return;
      const feature = findFeature(useLayers.getState().layers, ref.layerId, ref.featureId);
      if (!feature?.geometry) return;
      const b = turfBbox(feature as Feature<Geometry>);
      const bbox: Bbox = [b[0], b[1], b[2], b[3]];
      if (!bbox.every(Number.isFinite)) return;
      const insets = panelInsets();
      const target = fitTarget(
        map.getView(),
        { width: el.clientWidth, height: el.clientHeight },
        insets,
        bbox,
      );
      if (target) map.fitBounds(target, !prefersReducedMotion(), insets);
    }),
  );
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
      const { layers, order } = useLayers.getState();
      const input = mapInput(layers, order);
      if (sameInput(lastInput, input)) return;
      lastInput = input;
      map.setLayers(input, order);
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
      // Every feature under the click, not just the top one: several open the chooser. The point is
      // in map-container pixels, which are the window's (the map fills it).
      map.on('clickAt', (p) => useSelection.getState().pickAt(map.pickFeaturesAt(p), p, false)),
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
      useLayers.subscribe((s, prev) => {
        pushLayers();
        checkReady();
        // "Zoom to layer": the catalog's box of the layer, clear of the panels.
        const bbox = s.zoomRequest && s.layers[s.zoomRequest.id]?.meta?.bbox;
        if (s.zoomRequest !== prev.zoomRequest && bbox) {
          map.fitBounds(bbox, !prefersReducedMotion(), panelInsets());
        }
      }),
      useCatalog.subscribe(place),
      useLanguage.subscribe((s) => map.setLanguage(s.lang)),
      useSelection.subscribe((s, prev) => {
        if (s.selected === prev.selected) return;
        map.setSelection(s.selected);
        if (s.selected) fitSelection(map, el, s.selected);
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

    // Enter on the focused map selects what lies under its centre (marked by the crosshair while
    // the map has keyboard focus), through the chooser when several features are there. Only in
    // select mode: in the analysis modes Enter adds a point (PlanningMap).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (useAnalysis.getState().mode !== 'select') return;
      if (!(e.target instanceof HTMLElement) || !e.target.classList.contains('maplibregl-canvas')) return;
      e.preventDefault();
      const centre = { x: el.clientWidth / 2, y: el.clientHeight / 2 };
      useSelection.getState().pickAt(map.pickFeaturesAt(centre), centre, true);
    };
    el.addEventListener('keydown', onKey);

    const onResize = () => map.resize();
    window.addEventListener('resize', onResize);
    return () => {
      el.removeEventListener('keydown', onKey);
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
