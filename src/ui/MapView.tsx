import { useEffect, useRef } from 'react';
import { CURATED_LAYER_IDS } from '../data/schema';
import { translate } from '../i18n';
import { isUserLayerId } from '../layers/user-description';
import { type MapLayersInput, PlanningMap } from '../map/PlanningMap';
import { useAnalysis } from '../state/analysis';
import { useBasemapStatus } from '../state/basemap-status';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useCatalog } from '../state/catalog';
import { useChoropleth } from '../state/choropleth';
import { camerasLinked, useCompare } from '../state/compare';
import { useExplorer } from '../state/explorer';
import { useFilters } from '../state/filters';
import { useLanguage } from '../state/language';
import { allSettled, findFeature, useLayers } from '../state/layers';
import { useResultOnMap } from '../state/result-on-map';
import { type FeatureRef, sameRef, useSelection } from '../state/selection';
import type { MapSide } from '../state/side';
import { useTime, yearFor } from '../state/time';
import type { UrlState } from '../state/url';
import { useUserLayers } from '../state/user-layers-store';
import { useView } from '../state/view';
import { overlayOf, withAnswers } from './analysis/overlay';
import { embedMapOptions } from './embed/map-options';
import { prefersReducedMotion } from './fit';
import { fitSelection, leadsCamera, panelInsets, startView } from './map-camera';
import { bigInput, mapInput, markParks, sameInput } from './map-input';
import { registerMap } from './map-ready';

/** The least span (degrees) the camera shows around a chosen imported feature. */
const IMPORTED_FEATURE_SPAN_DEG = 0.005;

interface Props {
  /** Which map this is: the one map, or a side of a comparison (its visible layers, its picks). */
  side: MapSide;
  /** What the URL asked for at start: a full or partial view. */
  initial: UrlState;
  /** Receives the map instance once (for the few app-level commands such as "zoom to province"). */
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
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

    // The analysis panel's answer, with what imported layers' answers shown on the map draw.
    const setOverlay = () =>
      map.setAnalysisOverlay(
        withAnswers(overlayOf(useAnalysis.getState()), useResultOnMap.getState().byLayer),
      );
    let lastInput: MapLayersInput | null = null;
    let lastBig: ReturnType<typeof bigInput> = [];
    const pushLayers = () => {
      const { layers, order } = useLayers.getState();
      const input = mapInput(layers, order, sideRef.current);
      // The large layers after the order is set (their place follows it).
      const pushBig = () => {
        lastBig = bigInput(layers, order, sideRef.current, lastBig);
        map.setBigLayers(lastBig);
      };
      if (sameInput(lastInput, input)) return pushBig();
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
      pushBig();
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
          setOverlay();
        }
        // A new Within answer: show its whole zone.
        const zone = s.results.within?.zone;
        if (!leadsCamera(sideRef.current)) return;
        if (s.open && zone && s.results.within !== prev.results.within) {
          requestAnimationFrame(() => map.flyToFeature(zone, panelInsets(el), 0));
        }
        if (s.zoomRequest && s.zoomRequest !== prev.zoomRequest) {
          const request = s.zoomRequest;
          const { ref } = request;
          const feature = findFeature(useLayers.getState().layers, ref.layerId, ref.featureId);
          // After React has laid out the info panel the selection opens, so the insets include it.
          // An imported feature (a parcel, a plot) is shown close up, at least 0.005° (≈ 550 m)
          // across, where a large layer draws it as its shape (not its point) and its outline
          // shows; a curated park or district keeps the wider default (its corridors in view).
          const span = isUserLayerId(ref.layerId) ? IMPORTED_FEATURE_SPAN_DEG : undefined;
          // Dropped when, before that frame, the request was replaced or the feature unselected
          // (Escape right after Enter in a list): on software WebGL a frame can take a second, and
          // a late fly would carry the camera away from wherever the user has gone since.
          if (feature) {
            requestAnimationFrame(() => {
              if (useAnalysis.getState().zoomRequest !== request) return;
              if (!sameRef(useSelection.getState().selected, ref)) return;
              map.flyToFeature(feature, panelInsets(el), span);
            });
          }
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
        // "Zoom to layer": the box the request carries (an imported layer's), else the catalog's box
        // of the layer, clear of the panels.
        const bbox = s.zoomRequest && (s.zoomRequest.bbox ?? s.layers[s.zoomRequest.id]?.meta?.bbox);
        if (s.zoomRequest !== prev.zoomRequest && bbox && leadsCamera(sideRef.current)) {
          map.fitBounds(bbox, !prefersReducedMotion(), panelInsets(el));
        }
      }),
      useExplorer.subscribe(pushLayers),
      useBigLayers.subscribe(pushLayers),
      // An imported layer's description changes with "Colour by".
      useUserLayers.subscribe((s, prev) => {
        if (s.layers !== prev.layers) pushLayers();
      }),
      useBigDrawFilters.subscribe(pushLayers),
      useResultOnMap.subscribe(pushLayers),
      useResultOnMap.subscribe(setOverlay),
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
    setOverlay();
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
