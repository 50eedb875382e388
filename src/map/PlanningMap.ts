// The one class that talks to the map. React hands it plain state through its methods and
// listens to its events; components never touch the map directly. MapLibre draws the basemap and
// the curated layers with their labels (native/*); deck.gl draws the analysis overlays and the large
// layers (map-overlays.ts, analysis-overlay.ts). The class holds the state React hands over and
// delegates: building the map (map-setup.ts), picking (map-picking.ts), the camera (map-camera.ts)
// and the lazily loaded extras (map-extras.ts: online basemap, annotations, print capture).
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import type { Feature, Geometry } from 'geojson';
import { type AttributionControl, type Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bbox, LayerId } from '../data/schema';
import type { MapFrame } from '../print/capture';
import type { Language } from '../state/language';
import type { FeatureRef } from '../state/selection';
import type { View } from '../state/view';
import type { AnnotationLayer } from './annotation-layer';
import { setCredits, takeOwnCredits } from './attribution';
import type { Insets } from './camera';
import { type ClickMode, foldAttribution, localizeMapControls } from './controls';
import { Emitter } from './emitter';
import { labelPointsByCode } from './label-points';
import type { AnalysisOverlay } from './layers/overlay-types';
import { fitBox, fitFeature, jumpToView, linkMaps, sizeOf, viewOf } from './map-camera';
import { MapExtras } from './map-extras';
import { MapOverlays } from './map-overlays';
import { PICK_RADIUS, pickAllAt, pickTopNative } from './map-picking';
import { createMap, fetchLabels, loadBaseStyle } from './map-setup';
import { NativeLayers } from './native/NativeLayers';
import { pageFontsReady } from './page-fonts';
import { MapPointer } from './pointer';
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

const EMPTY_INPUT: MapLayersInput = {};

export class PlanningMap {
  private readonly map: MapLibreMap;
  private readonly events = new Emitter<PlanningMapEvents>();
  private readonly abort = new AbortController();
  private native: NativeLayers | null = null;
  private fontsReady = false;
  private destroyed = false;
  private input: MapLayersInput = EMPTY_INPUT;
  private order: readonly LayerId[] = [];
  private lang: Language = 'vi';
  private readonly attribution: AttributionControl;
  /** The base style is the app's own: its credits are shown from the locale table. */
  private ownBasemap = false;
  private selected: FeatureRef | null = null;
  private hovered: FeatureRef | null = null;
  private labels: { features: Feature[]; points: Map<string, [number, number]> } | null = null;
  /** deck.gl's analysis overlay and large layers, loaded with the first thing it has to draw. */
  private readonly overlays: MapOverlays;
  /** The online basemap, annotations and capture, each loaded (its own chunk) when first used. */
  private readonly extras: MapExtras;
  private readonly pointer: MapPointer;

  constructor(options: PlanningMapOptions) {
    const { map, attribution } = createMap(options);
    this.map = map;
    this.attribution = attribution;
    // For the browser tests only (labels measured from pixels need to isolate one label; picking
    // is checked at a label's pixel): the maps on their container element. The app never reads them.
    Object.defineProperty(options.container, 'maplibreMap', { value: this.map, configurable: true });
    Object.defineProperty(options.container, 'planningMap', { value: this, configurable: true });
    localizeMapControls(this.map.getContainer(), this.lang);
    this.extras = new MapExtras(this.map, {
      osmAttribution: options.osmAttribution,
      native: () => this.native,
      onOsmStatus: (status) => this.emit('osmStatus', status),
    });

    this.map.on('moveend', () => this.emit('view', this.getView()));
    this.overlays = new MapOverlays(this.map, () => this.native);

    this.pointer = new MapPointer(this.map, {
      // Native layers only (hover); a click reaches the large layers through pickFeaturesAt ('clickAt').
      pick: (point) => pickTopNative(this.map, this.native?.pickLayers ?? null, point),
      hovered: () => this.hovered,
      emit: (event, value) => this.emit(event, value as never),
      signal: this.abort.signal,
    });

    void this.init(options);
    void this.loadFonts();
  }

  private async init(options: PlanningMapOptions): Promise<void> {
    const { signal } = this.abort;
    const base = await loadBaseStyle(options.styleUrl, signal);
    if (!base || this.destroyed) return;
    const { style, ok, message } = base;
    this.ownBasemap = takeOwnCredits(style);
    setCredits(this.attribution, this.ownBasemap, this.lang);
    this.map.once('style.load', () => {
      if (this.destroyed) return;
      this.native = new NativeLayers(this.map, this.lang);
      if (this.labels) this.native.setLabels(this.labels.features, this.labels.points);
      this.native.setLanguage(this.lang);
      this.native.setSelection(this.selected);
      this.native.setInput(this.input, this.order);
      this.overlays.applyAnalysis();
      this.overlays.applyBig();
      this.extras.applyOsm();
      this.emit('view', this.getView());
      this.emit('styleLoaded', { ok, message });
      this.map.once('idle', () => foldAttribution(this.map.getContainer()));
    });
    // diff: false: this is the map's first style. If anything made MapLibre start its lazy empty
    // style before this point (a slow style fetch after a reload), a diff against that unloaded
    // style fails with a console warning ("Unable to perform style diff") before rebuilding anyway.
    this.map.setStyle(style, { diff: false });
    const features = await fetchLabels(options.labelsUrl, signal);
    if (!features) return;
    this.labels = { features, points: labelPointsByCode(features) };
    this.native?.setLabels(features, this.labels.points);
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
   * Every feature drawn within `radiusPx` CSS pixels of `point` (CSS pixels from the map's
   * top-left corner), top first, one entry per feature (its fill, outline and label count once);
   * a large layer's feature by its layer-wide ordinal. Hidden layers, the basemap and analysis
   * overlays are not included; [] before the style.
   */
  pickFeaturesAt(point: { x: number; y: number }, radiusPx = PICK_RADIUS): FeatureRef[] {
    const { map, native, overlays, order } = this;
    return pickAllAt(map, native?.pickLayers ?? null, overlays.current, order, point, radiusPx);
  }

  /** The view: centre [lon, lat], zoom and bounds [west, south, east, north], degrees. */
  getView(): View {
    return viewOf(this.map);
  }

  setView(view: View): void {
    jumpToView(this.map, view);
  }

  /** Fits the box into the part of the map not covered by panels (`insets`, in pixels). */
  fitBounds(bbox: Bbox, animate = false, insets: Partial<Insets> = {}): void {
    fitBox(this.map, bbox, animate, insets);
  }

  /**
   * Puts `b`'s camera where `a`'s is, then keeps the two together on every move of either (see
   * linkMaps; each map's interleaved deck.gl overlay follows its map). Returns the unlinking function.
   */
  static linkCameras(a: PlanningMap, b: PlanningMap): () => void {
    return linkMaps(a.map, b.map);
  }

  /** What to draw of each layer, and the draw order (bottom first; default: the input's key order). */
  setLayers(input: MapLayersInput, order: readonly LayerId[] = Object.keys(input)): void {
    this.input = input;
    this.order = order;
    this.native?.setInput(input, order);
    // A new order may put a large layer under another style layer.
    this.overlays.applyBig();
  }

  /**
   * The large imported layers (binary chunks drawn by deck.gl, one layer per chunk), each at its
   * place in the order given to setLayers. A layer whose `chunks` array grew keeps its earlier
   * chunks' deck.gl layers and data as they were.
   */
  setBigLayers(layers: readonly BigLayerInput[]): void {
    this.overlays.setBig(layers);
  }

  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    localizeMapControls(this.map.getContainer(), lang);
    this.native?.setLanguage(lang);
    if (this.ownBasemap) setCredits(this.attribution, true, lang);
  }

  setSelection(ref: FeatureRef | null): void {
    this.selected = ref;
    this.native?.setSelection(ref);
    this.overlays.setSelection(ref);
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
    this.overlays.setAnalysis(overlay);
  }

  /** The user's annotations and the one being drawn (issue 11 §1), over the data layers. */
  setAnnotations(...args: Parameters<AnnotationLayer['set']>): void {
    this.extras.setAnnotations(...args);
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
    fitFeature(this.map, feature, insets, minSpanDeg);
  }

  /** Turns the online basemap on or off; a map where it was never on never loads its code. */
  setOsm(on: boolean): void {
    this.extras.setOsm(on);
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
    return sizeOf(this.map);
  }

  /**
   * The map as an image in one frame, MapLibre and deck.gl layers together, with its bearing,
   * scale reference points and attribution (print/capture.ts). `pixelRatio`: image pixels per CSS
   * pixel (default: the screen's).
   */
  capture(pixelRatio?: number): Promise<MapFrame> {
    return this.extras.capture(pixelRatio, () => this.overlays.current?.matchCanvasSize());
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
    this.extras.dispose();
    this.overlays.dispose();
    this.map.remove();
  }
}
