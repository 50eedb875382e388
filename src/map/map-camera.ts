// The camera of PlanningMap: reading and setting the view, fitting a box or a feature clear of the
// panels, and linking two maps' cameras. Separate from the class because these are stateless
// operations on a MapLibre map (the class keeps no camera state of its own), and from camera.ts,
// which holds the pure arithmetic (padding, feature boxes) that unit tests run without a map.
import syncMaps from '@mapbox/mapbox-gl-sync-move';
import type { Feature, Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox } from '../data/schema';
import type { View } from '../state/view';
import { featureBox, fitPadding, type Insets } from './camera';

/** The map's view: centre [lon, lat] in degrees, zoom, and bounds [west, south, east, north]. */
export function viewOf(map: MapLibreMap): View {
  const c = map.getCenter();
  const b = map.getBounds();
  return {
    center: [c.lng, c.lat],
    zoom: map.getZoom(),
    bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
  };
}

/** Jumps (no animation) to the view's centre and zoom; its bounds, if any, are ignored. */
export function jumpToView(map: MapLibreMap, view: View): void {
  map.jumpTo({ center: view.center, zoom: view.zoom });
}

/**
 * The closest zoom a fitted box brings the map to: a box of one point (a layer of one feature)
 * otherwise went to zoom 22, a 2 m scale bar with nothing around it to recognise.
 */
export const FIT_MAX_ZOOM = 17;

/**
 * Fits `bbox` ([west, south, east, north], degrees) into the part of the map not covered by panels
 * (`insets`, CSS pixels), no closer than FIT_MAX_ZOOM; panels bigger than the map are ignored (see
 * fitPadding).
 */
export function fitBox(
  map: Pick<MapLibreMap, 'getContainer' | 'fitBounds'>,
  bbox: Bbox,
  animate: boolean,
  insets: Partial<Insets>,
): void {
  const { clientWidth, clientHeight } = map.getContainer();
  const padding = fitPadding(clientWidth, clientHeight, insets);
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding, animate, maxZoom: FIT_MAX_ZOOM },
  );
}

/**
 * Zooms (animated) to a feature's bbox grown to at least `minSpanDeg` degrees each way, clear of
 * the panels (`insets`); a feature without geometry or with non-finite coordinates is ignored.
 */
export function fitFeature(
  map: MapLibreMap,
  feature: Feature<Geometry | null>,
  insets: Partial<Insets>,
  minSpanDeg: number,
): void {
  if (!feature.geometry) return;
  const box = featureBox(feature as Feature, minSpanDeg);
  if (box) fitBox(map, box, true, insets);
}

/**
 * Puts `b`'s camera where `a`'s is, then keeps the two together (centre, zoom, bearing, pitch) on
 * every 'move' of either, through @mapbox/mapbox-gl-sync-move (jumpTo on the other map, with its
 * listeners off meanwhile so moves do not echo back). Returns the function that unlinks them.
 */
export function linkMaps(a: MapLibreMap, b: MapLibreMap): () => void {
  b.jumpTo({
    center: a.getCenter(),
    zoom: a.getZoom(),
    bearing: a.getBearing(),
    pitch: a.getPitch(),
  });
  return syncMaps(a, b);
}

/** The map's size on screen, CSS pixels. */
export function sizeOf(map: MapLibreMap): { width: number; height: number } {
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight };
}
