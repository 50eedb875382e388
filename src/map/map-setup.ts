// What PlanningMap is built from before any data arrive: the MapLibre map with its options and
// controls, the basemap style (or the blank fallback) and the basemap's optional place labels.
// Separate from the class because it runs once, at construction, and holds no state: the class
// keeps what changes afterwards (layers, selection, language).
import type { Feature } from 'geojson';
import {
  AttributionControl,
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
} from 'maplibre-gl';
import type { View } from '../state/view';
import { MAPLIBRE_CREDIT } from './attribution';
import { GLYPHS_PATH } from './native/fonts';
import { absolutizeStyle, FALLBACK_STYLE, loadStyle } from './style';
import type { PlanningMapOptions } from './types';

// Roughly the province, for the first frame before the catalog arrives.
const DEFAULT_VIEW: View = { center: [106.65, 11.15], zoom: 9 };

/**
 * A MapLibre map in `options.container` on the blank fallback style, at `options.initialView` (or
 * the province), north up and flat, with zoom buttons, an optional fullscreen control, a metric
 * scale and a compact attribution (returned, for the credits in the app's language). The caller sets
 * the real style (loadBaseStyle).
 */
export function createMap(options: PlanningMapOptions): {
  map: MapLibreMap;
  attribution: AttributionControl;
} {
  const view = options.initialView ?? DEFAULT_VIEW;
  const map = new MapLibreMap({
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
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
  if (options.fullscreen)
    map.addControl(new FullscreenControl({ container: options.fullscreen }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  const attribution = new AttributionControl({ compact: true, customAttribution: MAPLIBRE_CREDIT });
  map.addControl(attribution, 'bottom-right');
  return { map, attribution };
}

/**
 * The basemap style at `styleUrl` (relative URLs made absolute), or, when it cannot be loaded, the
 * blank fallback with the same glyphs (the data layers still draw) and `ok: false` with the reason
 * in `message`. Null when `signal` was aborted meanwhile.
 */
export async function loadBaseStyle(
  styleUrl: string,
  signal: AbortSignal,
): Promise<{ style: StyleSpecification; ok: boolean; message: string | null } | null> {
  try {
    return { style: await loadStyle(styleUrl, signal), ok: true, message: null };
  } catch (err) {
    if (signal.aborted) return null;
    const style = absolutizeStyle({ ...FALLBACK_STYLE, glyphs: GLYPHS_PATH }, styleUrl);
    return { style, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The basemap's place labels (a GeoJSON FeatureCollection at `url`), or null: they are optional, so
 * a failed request or a body that is not JSON leaves the map without them, silently.
 */
export async function fetchLabels(url: string, signal: AbortSignal): Promise<Feature[] | null> {
  try {
    const res = await fetch(url, { signal });
    if (!res.ok) return null;
    const json = (await res.json()) as { features?: Feature[] };
    return Array.isArray(json.features) ? json.features : [];
  } catch {
    return null;
  }
}
