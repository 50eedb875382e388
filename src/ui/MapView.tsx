import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import { useEffect, useRef } from 'react';
import { type Bbox, type Catalog, CURATED_LAYER_IDS, type LayerId } from '../data/schema';
import { translate } from '../i18n';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import { type Insets, type MapLayersInput, PlanningMap } from '../map/PlanningMap';
import { useAnalysis } from '../state/analysis';
import { useBasemapStatus } from '../state/basemap-status';
import { useCatalog } from '../state/catalog';
import { choroplethView, useChoropleth } from '../state/choropleth';
import { camerasLinked, useCompare, visibleFor } from '../state/compare';
import { explorerHighlight, useExplorer } from '../state/explorer';
import { useFilters } from '../state/filters';
import { useLanguage } from '../state/language';
import { allSettled, findFeature, useLayers } from '../state/layers';
import { type FeatureRef, sameRef, useSelection } from '../state/selection';
import { shownFeatures } from '../state/shown-features';
import type { MapSide } from '../state/side';
import { useTime, yearFor } from '../state/time';
import type { UrlState } from '../state/url';
import { runtimeDescription } from '../state/user-layers';
import { useView } from '../state/view';
import { overlayOf } from './analysis/overlay';
import { embedMapOptions } from './embed/map-options';
import { fitTarget, prefersReducedMotion } from './fit';
import { registerMap } from './map-ready';
import { drawnParkIds, parksAtStop, withYearUnknown } from './time/map-time';

interface Props {
  /** Which map this is: the one map, or a side of a comparison (its visible layers, its picks). */
  side: MapSide;
  /** What the URL asked for at start: a full or partial view. */
  initial: UrlState;
  /** Receives the map instance once (for the few app-level commands such as "zoom to province"). */
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
}

/** The parks' own style with the year-unknown parks drawn apart: one object, so inputs compare equal. */
const TIME_PARKS_STYLE = withYearUnknown(CURATED_DESCRIPTIONS.parks.style);

/** What a map side draws of each layer the store holds (keys in draw order, bottom first). */
function mapInput(
  layers: ReturnType<typeof useLayers.getState>['layers'],
  order: readonly LayerId[],
  side: MapSide,
): MapLayersInput {
  const out: MapLayersInput = {};
  const shown = visibleFor(side);
  for (const id of order) {
    const layer = layers[id];
    if (!layer) continue;
    out[id] = {
      visible: shown.includes(id),
      // The features passing the layer's filter (memoised: unchanged filters give the same array).
      features: shownFeatures(id, side),
      opacity: layer.opacity,
    };
    // An imported layer brings its description (drawn by the same renderer as the curated ones).
    const description = runtimeDescription(id);
    if (description) out[id] = { ...out[id]!, description };
  }
  // The time slider (issue 8 §3): only the parks established by the side's year, and the
  // year-unknown ones drawn apart (style override; the parks description's style is the base once
  // the layer descriptions land).
  const stop = yearFor(side);
  if (stop !== null && out.parks) {
    out.parks = { ...out.parks, features: parksAtStop(out.parks.features, stop), style: TIME_PARKS_STYLE };
  }
  // The choropleth: the districts with the metric's value, drawn by classes.
  const choropleth = choroplethView();
  if (choropleth.status === 'ready' && out.districts) {
    out.districts = { ...out.districts, features: choropleth.layer.features, style: choropleth.layer.style };
  }
  // The investors' explorer dims the parks outside its filters while it is open.
  if (out.parks) out.parks = { ...out.parks, highlight: explorerHighlight() };
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
      x.description === y.description &&
      String(x.highlight ?? null) === String(y.highlight ?? null)
    );
  });
}

/**
 * The part of the map the panels cover (side panel, analysis panel, info panel or sheet), in CSS
 * pixels from each edge of the map, so fitting avoids it. Without `map`, the map fills the window;
 * with it (one map of a comparison), the insets are measured from that map's edges and a panel
 * beside it, not over it, counts for nothing.
 */
export function panelInsets(map?: Element | null): Partial<Insets> {
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
  if (!map) return out;
  const r = map.getBoundingClientRect();
  return {
    top: Math.max(0, (out.top ?? 0) - r.top),
    right: Math.max(0, (out.right ?? 0) - (w - r.right)),
    bottom: Math.max(0, (out.bottom ?? 0) - (h - r.bottom)),
    left: Math.max(0, (out.left ?? 0) - r.left),
  };
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
      const insets = panelInsets(el);
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
function startView(map: PlanningMap, el: HTMLElement, catalog: Catalog | null, initial: UrlState): void {
  const full = initial.zoom !== undefined && initial.lat !== undefined && initial.lon !== undefined;
  if (full) return;
  if (catalog) map.fitBounds(catalog.province_bbox, false, panelInsets(el));
  if (initial.zoom !== undefined || initial.lat !== undefined || initial.lon !== undefined) {
    const v = map.getView();
    map.setView({
      center: [initial.lon ?? v.center[0], initial.lat ?? v.center[1]],
      zoom: initial.zoom ?? v.zoom,
    });
  }
}

/** What the map draws of the parks while the time slider is on, for tests and tools (data-*). */
function markParks(el: HTMLElement, input: MapLayersInput, timeOn: boolean): void {
  if (!timeOn) {
    delete el.dataset.parksPlaced;
    delete el.dataset.parksYearUnknown;
    return;
  }
  const { placed, yearUnknown } = drawnParkIds(input.parks?.features ?? []);
  el.dataset.parksPlaced = placed.join(' ');
  el.dataset.parksYearUnknown = yearUnknown.join(' ');
}

/**
 * Whether this map obeys camera commands (fit the selection, zoom to a layer or result): the one
 * map, the left map, and the right map only while the cameras are unlinked (linked, it follows).
 */
function leadsCamera(side: MapSide): boolean {
  return side !== 'right' || !camerasLinked();
}

export function MapView({ side, initial, onMap, onStyleError }: Props) {
  const container = useRef<HTMLElement>(null);
  // The first map stays mounted when a comparison starts (it becomes the left one): its side is
  // read through a ref, and a change re-sends its layers (effect below).
  const sideRef = useRef(side);
  sideRef.current = side;
  const pushRef = useRef<() => void>(() => {});
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
      // In an embed: cooperative gestures, fullscreen, MapLibre's texts (nothing otherwise).
      ...embedMapOptions(el),
    });
    onMapRef.current?.(map);

    const readyFlag = registerMap();
    let styleLoaded = false;
    let fontsLoaded = map.isFontsReady;
    let ready = false;
    const checkReady = () => {
      if (ready || !styleLoaded || !fontsLoaded || !allSettled(useLayers.getState().layers)) return;
      ready = true;
      // Let deck.gl draw the finished layers before announcing readiness.
      map.afterRender(readyFlag.ready);
    };

    // Camera: a URL view was applied at construction; otherwise fit the province once known.
    let placed = hasView;
    const place = () => {
      if (placed) return;
      const { catalog, error } = useCatalog.getState();
      if (!catalog && !error) return;
      placed = true;
      // A right map linked to the left one follows it rather than placing itself.
      if (leadsCamera(sideRef.current)) startView(map, el, catalog, init);
    };

    let lastInput: MapLayersInput | null = null;
    const pushLayers = () => {
      const { layers, order } = useLayers.getState();
      const input = mapInput(layers, order, sideRef.current);
      if (sameInput(lastInput, input)) return;
      lastInput = input;
      // For tests: the layers this map is told to draw, bottom first.
      el.dataset.visibleLayers = order.filter((id) => input[id]?.visible).join(' ');
      map.setLayers(input, order);
      markParks(el, input, yearFor(sideRef.current) !== null);
      // For tests: the parks drawn normally while the explorer dims the rest (absent: none dimmed).
      const highlight = input.parks?.highlight;
      if (highlight) el.dataset.highlightParks = [...highlight].sort().join(' ');
      else delete el.dataset.highlightParks;
      // For tests and tools: how many features each curated layer is fed (`data-drawn-parks="12"`).
      for (const id of CURATED_LAYER_IDS)
        el.dataset[`drawn${id[0]!.toUpperCase()}${id.slice(1)}`] = String(input[id]?.features.length ?? 0);
      // Imported layers: "user:1=120 user:2=4" (id=features fed), for tests and tools.
      el.dataset.drawnUser = Object.keys(input)
        .filter((id) => input[id]!.description)
        .map((id) => `${id}=${input[id]!.features.length}`)
        .join(' ');
    };
    pushRef.current = pushLayers;
    // Picks carry the map's side in a comparison, so the info panel can say which map it was.
    const sided = (ref: FeatureRef): FeatureRef =>
      sideRef.current === 'single' ? ref : { ...ref, side: sideRef.current };

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
      map.on('clickAt', (p) => useSelection.getState().pickAt(map.pickFeaturesAt(p).map(sided), p, false)),
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
        if (!leadsCamera(sideRef.current)) return;
        if (s.open && zone && s.results.within !== prev.results.within) {
          requestAnimationFrame(() => map.flyToFeature(zone, panelInsets(el), 0));
        }
        if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) {
          const { ref } = s.zoomRequest;
          const feature = findFeature(useLayers.getState().layers, ref.layerId, ref.featureId);
          // After React has laid out the info panel the selection opens, so the insets include it.
          if (feature) requestAnimationFrame(() => map.flyToFeature(feature, panelInsets(el)));
        }
      }),
      map.on('hover', (ref) => {
        map.setHover(ref);
        useSelection.getState().hover(ref && sided(ref));
      }),
      // The link keeps the camera of the left map (the one map before a comparison started).
      map.on('view', (view) => {
        if (sideRef.current !== 'right') useView.getState().setView(view);
      }),
      // Not on every divider move: only the mode and the sides' layers change what a map draws.
      useCompare.subscribe((s, prev) => {
        if (s.mode !== prev.mode || s.left !== prev.left || s.right !== prev.right) pushLayers();
      }),
      useLayers.subscribe((s, prev) => {
        pushLayers();
        checkReady();
        // "Zoom to layer": the catalog's box of the layer, clear of the panels.
        const bbox = s.zoomRequest && s.layers[s.zoomRequest.id]?.meta?.bbox;
        if (s.zoomRequest !== prev.zoomRequest && bbox && leadsCamera(sideRef.current)) {
          map.fitBounds(bbox, !prefersReducedMotion(), panelInsets(el));
        }
      }),
      useExplorer.subscribe(pushLayers),
      useFilters.subscribe(pushLayers),
      useCatalog.subscribe(place),
      useTime.subscribe((s, prev) => {
        if (s.year !== prev.year || s.overrides !== prev.overrides) pushLayers();
      }),
      // The choropleth's settings, and the Areas report its park metrics wait for.
      useChoropleth.subscribe(pushLayers),
      useAnalysis.subscribe((s, prev) => {
        if (s.results.areas !== prev.results.areas || s.errors.areas !== prev.errors.areas) pushLayers();
      }),
      useLanguage.subscribe((s) => map.setLanguage(s.lang)),
      useSelection.subscribe((s, prev) => {
        if (s.selected === prev.selected) return;
        map.setSelection(s.selected);
        // Fit on the map the feature was picked on (or the leading one when linked).
        const mine = !s.selected?.side || s.selected.side === sideRef.current;
        if (s.selected && (camerasLinked() ? leadsCamera(sideRef.current) : mine)) {
          fitSelection(map, el, s.selected);
        }
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
      // Taken already by the map's pointer (an annotation being drawn adds a vertex with Enter).
      if (e.defaultPrevented) return;
      if (!(e.target instanceof HTMLElement) || !e.target.classList.contains('maplibregl-canvas')) return;
      e.preventDefault();
      const centre = { x: el.clientWidth / 2, y: el.clientHeight / 2 };
      useSelection.getState().pickAt(map.pickFeaturesAt(centre).map(sided), centre, true);
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
      readyFlag.dispose();
    };
  }, []);

  // The first map becoming the left one of a comparison (or the one map again) redraws its layers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: side is read through sideRef
  useEffect(() => pushRef.current(), [side]);

  const lang = useLanguage((s) => s.lang);
  return (
    <section
      ref={container}
      className={`map map-${side}`}
      data-testid={side === 'right' ? 'map-right' : 'map'}
      data-side={side}
      aria-label={translate(lang, side === 'single' ? 'app.title' : `compare.map.${side}`)}
    />
  );
}
