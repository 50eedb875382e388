// The one place that talks to MapLibre and deck.gl. React hands it plain state through its
// methods and listens to its events; components never touch the map directly.
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import {
  AttributionControl,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bbox, LayerId } from '../data/schema';
import { type MessageKey, translate } from '../i18n';
import type { Language } from '../state/language';
import type { FeatureRef } from '../state/selection';
import type { View } from '../state/view';
import {
  type AnalysisOverlay,
  analysisLayers,
  analysisZoneLayer,
  EMPTY_OVERLAY,
  type LngLat,
} from './layers/analysis';
import { basemapLabelLayers, labelPointsByCode } from './layers/basemap-labels';
import { type BuildContext, featureId } from './layers/common';
import { contextLayers } from './layers/context';
import { corridorLayers } from './layers/corridors';
import { districtLabelLayer, districtLayers } from './layers/districts';
import { parkLabelLayer, parkLayers } from './layers/parks';
import { placeLabelLayer, placeLayers } from './layers/places';
import { OsmBasemap, type OsmStatus } from './osm-basemap';
import { FALLBACK_STYLE, loadStyle } from './style';

setWorkerUrl(workerUrl);

export interface MapLayerInput {
  visible: boolean;
  features: Feature[];
}
export type MapLayersInput = Record<LayerId, MapLayerInput>;

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlanningMapEvents {
  /** A click on the map: the feature under the pointer, or null for empty map. */
  click: FeatureRef | null;
  /** The pixel of that same click (select mode), for picking every feature there (pickFeaturesAt). */
  clickAt: { x: number; y: number };
  hover: FeatureRef | null;
  /** The camera settled after a move. */
  view: View;
  /** The style has loaded (or failed and the blank fallback is in use). */
  styleLoaded: { ok: boolean; message: string | null };
  fontsLoaded: undefined;
  /** A click in 'where' or 'measure' mode: the point, not a feature. */
  point: LngLat;
  /** A measure key on the focused map: add the centre point, undo, finish. */
  measureKey: { action: 'add'; point: LngLat } | { action: 'undo' } | { action: 'finish' };
  /** The online basemap's state (osm-basemap.ts): 'offline' means unreachable, retrying. */
  osmStatus: OsmStatus;
}

/** What a click on the map does: select a feature, or hand the point to the analysis. */
export type ClickMode = 'select' | 'where' | 'measure';

type Listener<T> = (value: T) => void;

export interface PlanningMapOptions {
  container: HTMLElement;
  /** Absolute URL of tiles/style.json. */
  styleUrl: string;
  /** Absolute URL of tiles/labels.geojson. */
  labelsUrl: string;
  /** The starting camera; without it the map starts on the province and waits for fitBounds. */
  initialView?: View;
  osmAttribution: string;
}

/** deck.gl layer ids that belong to each data layer (for turning picks into FeatureRefs). */
const PICKABLE: Record<string, LayerId> = {
  districts: 'districts',
  parks: 'parks',
  corridors: 'corridors',
  places: 'places',
};

const FONT_PROBE = 'Thủ Dầu Một Bắc Tân Uyên Đ';
const EMPTY_INPUT: MapLayersInput = {
  context: { visible: false, features: [] },
  districts: { visible: false, features: [] },
  corridors: { visible: false, features: [] },
  parks: { visible: false, features: [] },
  places: { visible: false, features: [] },
};
/**
 * MapLibre names its canvas and controls in English, once, at creation; this renames them (the
 * accessible name and the tooltip) in the app's language, and again on every language change.
 */
export function localizeMapControls(container: HTMLElement, lang: Language): void {
  const name = (selector: string, key: MessageKey, tooltip = true) => {
    const el = container.querySelector(selector);
    if (!el) return;
    el.setAttribute('aria-label', translate(lang, key));
    if (tooltip) el.setAttribute('title', translate(lang, key));
  };
  name('.maplibregl-canvas', 'map.canvas', false);
  name('.maplibregl-ctrl-zoom-in', 'map.zoom_in');
  name('.maplibregl-ctrl-zoom-out', 'map.zoom_out');
  name('.maplibregl-ctrl-attrib-button', 'map.attribution');
}

// Roughly the province, for the first frame before the catalog arrives.
const DEFAULT_VIEW: View = { center: [106.65, 11.15], zoom: 9 };

export class PlanningMap {
  private readonly map: MapLibreMap;
  private readonly overlay: MapLibreOverlay;
  private readonly listeners = new Map<keyof PlanningMapEvents, Set<Listener<unknown>>>();
  private readonly abort = new AbortController();
  private styleReady = false;
  private fontsReady = false;
  private destroyed = false;
  private input: MapLayersInput = EMPTY_INPUT;
  private lang: Language = 'vi';
  private selected: FeatureRef | null = null;
  private hovered: FeatureRef | null = null;
  private labels: Feature[] = [];
  private labelPoints = new Map<string, [number, number]>();
  private zoomBucket = -1;
  private osm = false;
  private readonly osmBasemap: OsmBasemap;
  private analysis: AnalysisOverlay = EMPTY_OVERLAY;
  private clickMode: ClickMode = 'select';
  private readonly crosshair: HTMLElement;

  constructor(options: PlanningMapOptions) {
    const view = options.initialView ?? DEFAULT_VIEW;
    this.map = new MapLibreMap({
      container: options.container,
      style: FALLBACK_STYLE,
      center: view.center,
      zoom: view.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
      // Keep tile requests from an online basemap from ever blocking anything: nothing waits on them.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    localizeMapControls(this.map.getContainer(), this.lang);
    this.osmBasemap = new OsmBasemap(this.map, {
      attribution: options.osmAttribution,
      // Above the offline basemap, below the deck.gl data layers.
      beforeId: () => this.map.getLayersOrder().find((id) => id.startsWith('deck-maplibre-layer-group')),
      onStatus: (status) => this.emit('osmStatus', status),
    });

    this.overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: (info) => this.emit('hover', this.refOf(info)),
      getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
      pickingRadius: 4,
    });

    // Clicks go through MapLibre's click (which already ignores drags) and an explicit pick, so a
    // click with no hover before it (a touch, a test) selects just the same.
    this.map.on('click', (e) => {
      if (this.clickMode !== 'select') {
        this.emit('point', [e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      if (!this.map.hasControl(this.overlay)) return;
      const info = this.overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 4 });
      this.emit('click', info ? this.refOf(info) : null);
      this.emit('clickAt', { x: e.point.x, y: e.point.y });
    });
    this.map.on('moveend', () => this.emit('view', this.getView()));
    this.map.on('zoom', () => {
      if (this.bucket() !== this.zoomBucket) this.render();
    });

    // Keyboard for the analysis modes lives here, on the map container, because the keys act on the
    // map itself: Enter/Space take the map's centre (which only the map knows, under the crosshair)
    // and only make sense while the map has focus, where MapLibre's arrow keys already pan. Keys
    // typed in the panel (a number field, a button) are never taken. Escape (cancel) is app-wide
    // and handled in App, so it also works with the focus on the panel's buttons.
    this.crosshair = document.createElement('div');
    this.crosshair.className = 'map-crosshair';
    this.crosshair.setAttribute('aria-hidden', 'true');
    this.crosshair.hidden = true;
    this.map.getContainer().append(this.crosshair);
    this.map.getContainer().addEventListener('keydown', (e) => this.onKey(e), { signal: this.abort.signal });

    void this.init(options);
    void this.loadFonts();
  }

  private async init(options: PlanningMapOptions): Promise<void> {
    const { signal } = this.abort;
    let style: StyleSpecification = FALLBACK_STYLE;
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
    const onLoaded = () => {
      if (this.destroyed) return;
      if (!this.map.hasControl(this.overlay)) this.map.addControl(this.overlay);
      this.styleReady = true;
      if (this.osm) this.applyOsm();
      this.render();
      this.emit('view', this.getView());
      this.emit('styleLoaded', { ok, message });
      // Start with the attribution folded to its (i) button, as MapLibre does after a first drag;
      // it opens on click. Otherwise it covers the south-east of the province at 1280 px.
      this.map.once('idle', () => {
        const attrib = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
        attrib?.classList.remove('maplibregl-compact-show');
        attrib?.removeAttribute('open');
      });
    };
    if (ok) {
      this.map.once('style.load', onLoaded);
      this.map.setStyle(style);
    } else if (this.map.isStyleLoaded()) {
      onLoaded();
    } else {
      this.map.once('load', onLoaded);
    }
    // Basemap labels are optional: a failure leaves the map without them, silently.
    try {
      const res = await fetch(options.labelsUrl, { signal });
      if (res.ok) {
        const json = (await res.json()) as { features?: Feature[] };
        this.labels = Array.isArray(json.features) ? json.features : [];
        this.labelPoints = labelPointsByCode(this.labels);
        this.render();
      }
    } catch {
      // no basemap labels
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (this.clickMode === 'select' || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) return;
    // The point under the crosshair, which the CSS keeps in the part of the map no panel covers
    // (on a phone the analysis sheet hides the map's centre); the map's centre when it is hidden.
    const centre = (): LngLat => {
      const r = this.crosshair.getBoundingClientRect();
      const box = this.map.getContainer().getBoundingClientRect();
      const c =
        r.width > 0
          ? this.map.unproject([r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top])
          : this.map.getCenter();
      return [c.lng, c.lat];
    };
    if (this.clickMode === 'where') {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.emit('point', centre());
      }
      return;
    }
    if (e.key === 'Enter' && e.shiftKey) {
      e.preventDefault();
      this.emit('measureKey', { action: 'finish' });
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.emit('measureKey', { action: 'add', point: centre() });
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      this.emit('measureKey', { action: 'undo' });
    }
  }

  private async loadFonts(): Promise<void> {
    try {
      await Promise.race([
        Promise.all([
          document.fonts.load('16px "Noto Sans"', FONT_PROBE),
          document.fonts.load('700 16px "Noto Sans"', FONT_PROBE),
        ]),
        new Promise((resolve) => setTimeout(resolve, 8000)),
      ]);
    } catch {
      // Draw the labels in the fallback font rather than not at all.
    }
    if (this.destroyed) return;
    this.fontsReady = true;
    this.render();
    this.emit('fontsLoaded', undefined);
  }

  on<K extends keyof PlanningMapEvents>(event: K, listener: Listener<PlanningMapEvents[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<unknown>);
    return () => set.delete(listener as Listener<unknown>);
  }

  private emit<K extends keyof PlanningMapEvents>(event: K, value: PlanningMapEvents[K]): void {
    for (const l of this.listeners.get(event) ?? []) l(value);
  }

  get isFontsReady(): boolean {
    return this.fontsReady;
  }

  private refOf(info: PickingInfo): FeatureRef | null {
    const layerId = info.layer ? PICKABLE[rootLayerId(info.layer.id)] : undefined;
    const object = info.object as Feature | undefined;
    if (!layerId || !object) return null;
    const id = featureId(object);
    return id ? { layerId, featureId: id } : null;
  }

  /**
   * Every curated feature drawn within `radiusPx` of `point` (CSS pixels from the map's top-left),
   * top first, each once (a park's shape and its label give one entry). Empty before the style loads.
   */
  pickFeaturesAt(point: { x: number; y: number }, radiusPx = 4): FeatureRef[] {
    if (!this.map.hasControl(this.overlay)) return [];
    const infos = this.overlay.pickMultipleObjects({ x: point.x, y: point.y, radius: radiusPx, depth: 20 });
    const out: FeatureRef[] = [];
    for (const info of infos) {
      const ref = this.refOf(info);
      if (ref && !out.some((r) => r.layerId === ref.layerId && r.featureId === ref.featureId)) out.push(ref);
    }
    return out;
  }

  getView(): View {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
  }

  setView(view: View): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  /** Fits the box into the part of the map not covered by panels (`insets`, in pixels). */
  fitBounds(bbox: Bbox, animate = false, insets: Partial<Insets> = {}): void {
    const bounds: LngLatBoundsLike = [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ];
    const { clientWidth, clientHeight } = this.map.getContainer();
    const pad = Math.min(40, Math.round(Math.min(clientWidth, clientHeight) / 20));
    const padding = {
      top: pad + (insets.top ?? 0),
      bottom: pad + (insets.bottom ?? 0),
      left: pad + (insets.left ?? 0),
      right: pad + (insets.right ?? 0),
    };
    // Panels bigger than the map: ignore them rather than fail to fit.
    const fits =
      padding.left + padding.right < clientWidth - 50 && padding.top + padding.bottom < clientHeight - 50;
    this.map.fitBounds(bounds, { padding: fits ? padding : pad, animate });
  }

  setLayers(input: MapLayersInput): void {
    this.input = input;
    this.render();
  }

  setLanguage(lang: Language): void {
    if (lang === this.lang) return;
    this.lang = lang;
    localizeMapControls(this.map.getContainer(), lang);
    this.render();
  }

  setSelection(ref: FeatureRef | null): void {
    this.selected = ref;
    this.render();
  }

  /** Hover comes from deck.gl's own picking (autoHighlight); this records it for the cursor only. */
  setHover(ref: FeatureRef | null): void {
    this.hovered = ref;
  }

  get hoveredFeature(): FeatureRef | null {
    return this.hovered;
  }

  /** What the analysis panel shows on the map (see layers/analysis.ts). */
  setAnalysisOverlay(overlay: AnalysisOverlay): void {
    if (overlay === this.analysis) return;
    this.analysis = overlay;
    this.render();
  }

  /** In 'where' and 'measure' modes a click goes to the analysis; 'measure' also shows a crosshair. */
  setClickMode(mode: ClickMode): void {
    if (mode === this.clickMode) return;
    this.clickMode = mode;
    this.crosshair.hidden = mode !== 'measure';
    // A double click adds two points while drawing; it must not zoom then.
    if (mode === 'measure') this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = mode === 'select' ? '' : 'crosshair';
    this.overlay.setProps({
      getCursor: ({ isDragging, isHovering }) =>
        isDragging ? 'grabbing' : mode !== 'select' ? 'crosshair' : isHovering ? 'pointer' : 'grab',
    });
  }

  /**
   * Zooms to a feature's bbox, clear of the panels (`insets`). Boxes smaller than `minSpanDeg` (a
   * park circle, a point) are grown to it, so the surroundings (nearby corridors) stay in view.
   */
  flyToFeature(feature: Feature<Geometry | null>, insets: Partial<Insets> = {}, minSpanDeg = 0.1): void {
    if (!feature.geometry) return;
    const b = turfBbox(feature.geometry) as number[];
    const [w, s, e, n] = [b[0]!, b[1]!, b[2]!, b[3]!];
    if (![w, s, e, n].every(Number.isFinite)) return;
    const minSpan = minSpanDeg;
    const cx = (w + e) / 2;
    const cy = (s + n) / 2;
    const dx = Math.max(e - w, minSpan) / 2;
    const dy = Math.max(n - s, minSpan) / 2;
    this.fitBounds([cx - dx, cy - dy, cx + dx, cy + dy], true, insets);
  }

  setOsm(on: boolean): void {
    this.osm = on;
    if (this.styleReady) this.applyOsm();
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

  resize(): void {
    this.map.resize();
  }

  private applyOsm(): void {
    this.osmBasemap.set(this.osm, this.styleReady);
  }

  private bucket(): number {
    // Label density changes at these zooms; rebuild the layers only when crossing one.
    const z = this.map.getZoom();
    return [8.5, 9.5, 10, 11, 11.5].filter((t) => z >= t).length;
  }

  private render(): void {
    if (!this.styleReady || this.destroyed) return;
    this.zoomBucket = this.bucket();
    const { input } = this;
    const ctxFor = (layerId: LayerId): BuildContext => ({
      lang: this.lang,
      zoom: this.map.getZoom(),
      fontsReady: this.fontsReady,
      selectedId: this.selected?.layerId === layerId ? this.selected.featureId : null,
    });
    const layers: (Layer | null)[] = [];
    if (input.context.visible) layers.push(...contextLayers(input.context.features));
    if (input.districts.visible)
      layers.push(...districtLayers(input.districts.features, ctxFor('districts')));
    // The analysis zone under the parks, so the matched parks show on top of it.
    layers.push(analysisZoneLayer(this.analysis));
    if (input.parks.visible) layers.push(...parkLayers(input.parks.features, ctxFor('parks')));
    if (input.corridors.visible)
      layers.push(...corridorLayers(input.corridors.features, ctxFor('corridors')));
    if (input.places.visible) layers.push(...placeLayers(input.places.features, ctxFor('places')));
    const analysis = analysisLayers(this.analysis);
    layers.push(...analysis);
    // For tests and debugging: which analysis layers are on the map.
    const drawn = [this.analysis.zone ? 'zone' : '', ...analysis.map((l) => l.id.replace(/^analysis-/, ''))];
    this.map.getContainer().dataset.analysisLayers = drawn.filter(Boolean).join(' ');
    // Labels last, above every shape.
    const skipCodes = new Set<string>();
    if (input.districts.visible) {
      for (const f of input.districts.features) {
        if (f.properties?.code) skipCodes.add(String(f.properties.code));
      }
    }
    layers.push(...basemapLabelLayers(this.labels, ctxFor('context'), skipCodes));
    if (input.districts.visible) {
      layers.push(districtLabelLayer(input.districts.features, ctxFor('districts'), this.labelPoints));
    }
    if (input.parks.visible) layers.push(parkLabelLayer(input.parks.features, ctxFor('parks')));
    if (input.places.visible) layers.push(placeLabelLayer(input.places.features, ctxFor('places')));
    this.overlay.setProps({ layers: layers.filter((l): l is Layer => l !== null) });
  }

  destroy(): void {
    this.destroyed = true;
    this.abort.abort();
    this.listeners.clear();
    this.osmBasemap.dispose();
    try {
      if (this.map.hasControl(this.overlay)) this.map.removeControl(this.overlay);
    } catch {
      // the map is going away anyway
    }
    this.map.remove();
  }
}

/** "parks-points-circle" and other sublayer ids back to the layer id we gave. */
function rootLayerId(id: string): string {
  return id.split('-')[0] ?? id;
}
