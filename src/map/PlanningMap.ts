// The one class that talks to the map. React hands it plain state through its methods and
// listens to its events; components never touch the map directly. MapLibre draws the basemap and
// the curated layers with their labels (native/*); deck.gl draws only the analysis overlays
// (analysis-overlay.ts).
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import syncMaps from '@mapbox/mapbox-gl-sync-move';
import type { Feature, Geometry } from 'geojson';
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bbox, LayerId } from '../data/schema';
import type { MapFrame } from '../print/capture';
import type { Language } from '../state/language';
import type { FeatureRef } from '../state/selection';
import type { View } from '../state/view';
import type { MapDeck } from './analysis-overlay';
import type { AnnotationLayer } from './annotation-layer';
import { bigViewOf, chunkDraws, cullingKey } from './big-draw';
import { featureBox, fitPadding, type Insets } from './camera';
import { type ClickMode, foldAttribution, localizeMapControls } from './controls';
import { Emitter } from './emitter';
import { labelPointsByCode } from './label-points';
import { type AnalysisOverlay, EMPTY_OVERLAY, isEmptyOverlay } from './layers/overlay-types';
import { GLYPHS_PATH } from './native/fonts';
import { NativeLayers } from './native/NativeLayers';
import { pickAt } from './native/pick';
import type { OsmBasemap } from './osm-basemap';
import { pageFontsReady } from './page-fonts';
import { MapPointer } from './pointer';
import { absolutizeStyle, FALLBACK_STYLE, loadStyle } from './style';
import type { BigLayerInput, MapLayersInput, PlanningMapEvents, PlanningMapOptions } from './types';

export type { Insets } from './camera';
export type { ClickMode } from './controls';
export { localizeMapControls } from './controls';
export type {
  BigLayerInput,
  MapLayerInput,
  MapLayersInput,
  PlanningMapEvents,
  PlanningMapOptions,
} from './types';

setWorkerUrl(workerUrl);

/** Picking tolerance around the pointer, in CSS pixels. */
const PICK_RADIUS = 4;
const EMPTY_INPUT: MapLayersInput = {};
// Roughly the province, for the first frame before the catalog arrives.
const DEFAULT_VIEW: View = { center: [106.65, 11.15], zoom: 9 };

export class PlanningMap {
  private readonly map: MapLibreMap;
  private readonly events = new Emitter<PlanningMapEvents>();
  private readonly abort = new AbortController();
  private native: NativeLayers | null = null;
  private annotations: AnnotationLayer | null = null;
  private annotationsLoading: Promise<void> | null = null;
  private annotationArgs: Parameters<AnnotationLayer['set']> | null = null;
  private deck: MapDeck | null = null;
  /** deck.gl is loaded (import()) with the first overlay or large layer to draw; pending meanwhile. */
  private deckLoading: Promise<void> | null = null;
  private styleReady = false;
  private fontsReady = false;
  private destroyed = false;
  private input: MapLayersInput = EMPTY_INPUT;
  private order: readonly LayerId[] = [];
  private lang: Language = 'vi';
  private selected: FeatureRef | null = null;
  private hovered: FeatureRef | null = null;
  private labels: { features: Feature[]; points: Map<string, [number, number]> } | null = null;
  private osm = false;
  /** The online basemap, loaded (its own chunk) the first time it is turned on. */
  private osmBasemap: OsmBasemap | null = null;
  private osmLoading: Promise<void> | null = null;
  private readonly osmAttribution: PlanningMapOptions['osmAttribution'];
  private analysis: AnalysisOverlay = EMPTY_OVERLAY;
  private big: readonly BigLayerInput[] = [];
  private readonly pointer: MapPointer;

  constructor(options: PlanningMapOptions) {
    const view = options.initialView ?? DEFAULT_VIEW;
    this.map = new MapLibreMap({
      container: options.container,
      style: FALLBACK_STYLE,
      // An embed (issue 11 §2): ctrl/⌘ + wheel and two-finger drag move the map, so a page of text
      // scrolls past it; MapLibre's FullscreenControl turns this off while fullscreen.
      cooperativeGestures: options.gestures === 'coop',
      scrollZoom: options.gestures !== 'off',
      ...(options.locale ? { locale: options.locale } : {}),
      center: view.center,
      zoom: view.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
      // Labels appear at once; nothing waits on a fade (tests and online tiles alike).
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    // For the browser tests only (labels measured from pixels need to isolate one label; picking
    // is checked at a label's pixel): the maps on their container element. The app never reads them.
    Object.defineProperty(options.container, 'maplibreMap', { value: this.map, configurable: true });
    Object.defineProperty(options.container, 'planningMap', { value: this, configurable: true });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    if (options.fullscreen)
      this.map.addControl(new FullscreenControl({ container: options.fullscreen }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    localizeMapControls(this.map.getContainer(), this.lang);
    this.osmAttribution = options.osmAttribution;

    this.map.on('moveend', () => this.emit('view', this.getView()));
    // Large layers draw only the chunks near the view (and outlines only zoomed in).
    this.map.on('move', () => {
      if (this.big.length > 0 && this.bigCulling() !== this.lastCulling) this.applyBig();
    });

    this.pointer = new MapPointer(this.map, {
      // Native layers only: this runs on every mouse move (hover), and a pick of deck.gl's large
      // layers renders a picking pass of every chunk, far too slow for that in software WebGL. A
      // click reaches the large layers through pickFeaturesAt ('clickAt').
      pick: (point) =>
        this.native ? (pickAt(this.map, point, PICK_RADIUS, this.native.pickLayers)[0] ?? null) : null,
      hovered: () => this.hovered,
      emit: (event, value) => this.emit(event, value as never),
      signal: this.abort.signal,
    });

    void this.init(options);
    void this.loadFonts();
  }

  private async init(options: PlanningMapOptions): Promise<void> {
    const { signal } = this.abort;
    // Without the basemap the data layers still draw, on blank ground, with the same glyphs.
    let style: StyleSpecification = absolutizeStyle(
      { ...FALLBACK_STYLE, glyphs: GLYPHS_PATH },
      options.styleUrl,
    );
    let ok = true;
    let message: string | null = null;
    try {
      style = await loadStyle(options.styleUrl, signal);
    } catch (err) {
      if (signal.aborted) return;
      ok = false;
      message = err instanceof Error ? err.message : String(err);
    }
    if (this.destroyed) return;
    this.map.once('style.load', () => {
      if (this.destroyed) return;
      this.native = new NativeLayers(this.map, this.lang);
      this.styleReady = true;
      if (this.labels) this.native.setLabels(this.labels.features, this.labels.points);
      this.native.setLanguage(this.lang);
      this.native.setSelection(this.selected);
      this.native.setInput(this.input, this.order);
      this.applyAnalysis();
      this.applyBig();
      this.applyOsm();
      this.emit('view', this.getView());
      this.emit('styleLoaded', { ok, message });
      this.map.once('idle', () => foldAttribution(this.map.getContainer()));
    });
    // diff: false: this is the map's first style. If anything made MapLibre start its lazy empty
    // style before this point (a slow style fetch after a reload), a diff against that unloaded
    // style fails with a console warning ("Unable to perform style diff") before rebuilding anyway.
    this.map.setStyle(style, { diff: false });
    // Basemap labels are optional: a failure leaves the map without them, silently.
    try {
      const res = await fetch(options.labelsUrl, { signal });
      if (res.ok) {
        const json = (await res.json()) as { features?: Feature[] };
        const features = Array.isArray(json.features) ? json.features : [];
        this.labels = { features, points: labelPointsByCode(features) };
        this.native?.setLabels(features, this.labels.points);
      }
    } catch {
      // no basemap labels
    }
  }

  private async loadFonts(): Promise<void> {
    await pageFontsReady();
    if (this.destroyed) return;
    this.fontsReady = true;
    this.emit('fontsLoaded', undefined);
  }

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof PlanningMapEvents>(
    event: K,
    listener: (value: PlanningMapEvents[K]) => void,
  ): () => void {
    return this.events.on(event, listener);
  }

  private emit<K extends keyof PlanningMapEvents>(event: K, value: PlanningMapEvents[K]): void {
    this.events.emit(event, value);
  }

  get isFontsReady(): boolean {
    return this.fontsReady;
  }

  /**
   * Every curated feature drawn within `radiusPx` CSS pixels of `point` (CSS pixels from the
   * map's top-left corner), top first, one entry per feature (its fill, outline and label count
   * once). Hidden layers, the basemap and analysis overlays are not included; [] before the style.
   */
  pickFeaturesAt(point: { x: number; y: number }, radiusPx = PICK_RADIUS): FeatureRef[] {
    if (!this.native) return [];
    const native = pickAt(this.map, point, radiusPx, this.native.pickLayers);
    // A large layer's feature is named by its layer-wide ordinal (what deck.gl's picking reports).
    const big: FeatureRef[] = (this.deck?.pickBig(point, radiusPx) ?? []).map((p) => ({
      layerId: p.layerId,
      featureId: String(p.ordinal),
    }));
    if (big.length === 0) return native;
    // Both lists are top first; merged by the layers' draw order (stable within a layer).
    const rank = (r: FeatureRef) => -this.order.indexOf(r.layerId);
    return [...native, ...big]
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .map((x) => x.r);
  }

  getView(): View {
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    return {
      center: [c.lng, c.lat],
      zoom: this.map.getZoom(),
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    };
  }

  setView(view: View): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  /** Fits the box into the part of the map not covered by panels (`insets`, in pixels). */
  fitBounds(bbox: Bbox, animate = false, insets: Partial<Insets> = {}): void {
    const { clientWidth, clientHeight } = this.map.getContainer();
    const padding = fitPadding(clientWidth, clientHeight, insets);
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding, animate },
    );
  }

  /**
   * Puts `b`'s camera where `a`'s is, then keeps the two together (centre, zoom, bearing, pitch) on
   * every 'move' of either, through @mapbox/mapbox-gl-sync-move (jumpTo on the other map, with its
   * listeners off meanwhile so moves do not echo back). Each map's deck.gl overlay is interleaved
   * in its own render, so it follows its map's jumpTo. Returns the function that unlinks them.
   */
  static linkCameras(a: PlanningMap, b: PlanningMap): () => void {
    b.map.jumpTo({
      center: a.map.getCenter(),
      zoom: a.map.getZoom(),
      bearing: a.map.getBearing(),
      pitch: a.map.getPitch(),
    });
    return syncMaps(a.map, b.map);
  }

  /** What to draw of each layer, and the draw order (bottom first; default: the input's key order). */
  setLayers(input: MapLayersInput, order: readonly LayerId[] = Object.keys(input)): void {
    this.input = input;
    this.order = order;
    this.native?.setInput(input, order);
    // A new order may put a large layer under another style layer.
    this.applyBig();
  }

  /**
   * The large imported layers (binary chunks drawn by deck.gl, one layer per chunk), each at its
   * place in the order given to setLayers. A layer whose `chunks` array grew keeps its earlier
   * chunks' deck.gl layers and data as they were.
   */
  setBigLayers(layers: readonly BigLayerInput[]): void {
    if (layers === this.big) return;
    this.big = layers;
    this.applyBig();
  }

  private lastCulling = '';
  private bigCulling(): string {
    return cullingKey(this.big, bigViewOf(this.map));
  }

  private applyBig(): void {
    if (!this.styleReady || !this.native) return;
    const native = this.native;
    this.lastCulling = this.bigCulling();
    const props = chunkDraws(this.big, bigViewOf(this.map), (id) => native.beforeIdFor(id));
    if (!this.deck) {
      if (props.length > 0) this.deckLoading ??= this.loadDeck();
      else this.markBig(0, 0);
      return;
    }
    const waiting = this.deck.setBig(props);
    const drawn = this.deck.bigDrawn;
    // For tests and tools: the chunks the map holds, and those deck.gl draws (handed over, the
    // layer on, the chunk near the view), set once the map has rendered them.
    this.map.once('render', () => {
      this.markBig(props.length, drawn);
      // One more chunk after each frame (see MapDeck.setBig).
      if (waiting && !this.bigQueued) {
        this.bigQueued = true;
        requestAnimationFrame(() => {
          this.bigQueued = false;
          if (!this.destroyed) this.applyBig();
        });
      }
    });
    this.map.triggerRepaint();
  }

  private bigQueued = false;

  private markBig(held: number, drawn: number): void {
    if (this.destroyed) return;
    const el = this.map.getContainer();
    el.dataset.bigChunks = String(held);
    el.dataset.bigChunksDrawn = String(drawn);
  }

  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    localizeMapControls(this.map.getContainer(), lang);
    this.native?.setLanguage(lang);
  }

  setSelection(ref: FeatureRef | null): void {
    this.selected = ref;
    this.native?.setSelection(ref);
  }

  /** Highlights the hovered feature (MapLibre feature state). */
  setHover(ref: FeatureRef | null): void {
    this.hovered = ref;
    this.native?.setHover(ref);
  }

  get hoveredFeature(): FeatureRef | null {
    return this.hovered;
  }

  /** What the analysis panel shows on the map (see layers/analysis.ts). */
  setAnalysisOverlay(overlay: AnalysisOverlay): void {
    if (overlay === this.analysis) return;
    this.analysis = overlay;
    this.applyAnalysis();
  }

  private applyAnalysis(): void {
    if (!this.styleReady) return;
    if (!this.deck) {
      if (isEmptyOverlay(this.analysis)) this.map.getContainer().dataset.analysisLayers = '';
      else this.deckLoading ??= this.loadDeck();
      return;
    }
    // For tests and debugging: which analysis layers are on the map.
    this.map.getContainer().dataset.analysisLayers = this.deck.set(this.analysis).join(' ');
  }

  /**
   * Loads deck.gl (its own chunk) and adds the overlay; what MapLibre draws natively never waits on
   * it, and a map that never shows an analysis never downloads it.
   */
  private async loadDeck(): Promise<void> {
    const { MapDeck } = await import('./analysis-overlay');
    if (this.destroyed || !this.native) return;
    this.deck = new MapDeck(this.map, 'parks-fill', this.native.firstSymbolLayer);
    this.applyAnalysis();
    this.applyBig();
  }

  /** The user's annotations and the one being drawn (issue 11 §1), over the data layers. */
  setAnnotations(...args: Parameters<AnnotationLayer['set']>): void {
    this.annotationArgs = args;
    if (this.annotations) {
      this.annotations.set(...args);
      return;
    }
    // A map that never has an annotation never loads their drawing code (its own chunk).
    const [list, drawing] = args;
    if (list.length === 0 && !drawing) return;
    this.annotationsLoading ??= import('./annotation-layer').then(({ AnnotationLayer }) => {
      if (this.destroyed) return;
      this.annotations = new AnnotationLayer(this.map);
      this.annotations.set(...this.annotationArgs!);
    });
  }

  /** In 'where' and 'measure' modes a click goes to the analysis; 'measure' also shows a crosshair. */
  setClickMode(mode: ClickMode): void {
    this.pointer.setClickMode(mode);
  }

  /**
   * Zooms to a feature's bbox, clear of the panels (`insets`). Boxes smaller than `minSpanDeg` (a
   * park circle, a point) are grown to it, so the surroundings (nearby corridors) stay in view.
   */
  flyToFeature(feature: Feature<Geometry | null>, insets: Partial<Insets> = {}, minSpanDeg = 0.1): void {
    if (!feature.geometry) return;
    const box = featureBox(feature as Feature, minSpanDeg);
    if (box) this.fitBounds(box, true, insets);
  }

  setOsm(on: boolean): void {
    this.osm = on;
    this.applyOsm();
  }

  /** Turns the online basemap on or off; a map where it was never on never loads its code. */
  private applyOsm(): void {
    if (this.osmBasemap) {
      this.osmBasemap.set(this.osm, this.native !== null);
      return;
    }
    if (!this.osm) return;
    this.osmLoading ??= import('./osm-basemap').then(({ OsmBasemap }) => {
      if (this.destroyed) return;
      this.osmBasemap = new OsmBasemap(this.map, {
        attribution: this.osmAttribution,
        // Above the offline basemap, below every data layer.
        beforeId: () => this.native?.bottomLayer,
        onStatus: (status) => this.emit('osmStatus', status),
      });
      this.applyOsm();
    });
  }

  /** Calls `callback` once the map has drawn what it has been given (or after 4 s at most). */
  afterRender(callback: () => void): void {
    let done = false;
    const finish = () => {
      if (done || this.destroyed) return;
      done = true;
      requestAnimationFrame(() => requestAnimationFrame(callback));
    };
    this.map.once('idle', finish);
    this.map.triggerRepaint();
    setTimeout(finish, 4000);
  }

  /** The map's size on screen, CSS pixels. */
  getSize(): { width: number; height: number } {
    const c = this.map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  }

  /**
   * The map as an image in one frame, MapLibre and deck.gl layers together, with its bearing,
   * scale reference points and attribution (print/capture.ts). `pixelRatio`: image pixels per CSS
   * pixel (default: the screen's).
   */
  async capture(pixelRatio?: number): Promise<MapFrame> {
    // The capture code loads with the first print or PNG (its own chunk; an embed never needs it).
    const { captureMap } = await import('../print/capture');
    return captureMap(this.map, pixelRatio, () => this.deck?.matchCanvasSize());
  }

  /**
   * The same, now and synchronously, at the screen's ratio (for a 'beforeprint' handler, which
   * cannot wait for a chunk): the caller hands print/capture.ts's `captureNow`, already loaded.
   */
  captureNow(capture: (map: MapLibreMap) => MapFrame): MapFrame {
    return capture(this.map);
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.destroyed = true;
    this.abort.abort();
    this.events.clear();
    this.osmBasemap?.dispose();
    this.deck?.destroy();
    this.map.remove();
  }
}
