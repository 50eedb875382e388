// Where the camera must go so the selected feature shows in the part of the map no panel covers.
// Pure Web-Mercator arithmetic on the map's own camera (MapLibre's 512-px tiles, no rotation or
// pitch: the map allows neither), so it is testable without a map and needs no map internals.
import type { Bbox } from '../data/schema';
import type { Insets } from '../map/PlanningMap';
import type { View } from '../state/view';

export interface Size {
  width: number;
  height: number;
}

/** A rectangle in CSS pixels from the map container's top-left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const TILE = 512;

/** World pixels at `zoom` of a [lon, lat] in degrees (x east, y south, 0 at 180° W / 85.05° N). */
export function worldPx(lon: number, lat: number, zoom: number): [number, number] {
  const w = TILE * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * w, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * w];
}

/** The inverse of worldPx: [lon, lat] in degrees. */
export function lonLatOf(x: number, y: number, zoom: number): [number, number] {
  const w = TILE * 2 ** zoom;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / w))) * 180) / Math.PI;
  return [(x / w) * 360 - 180, lat];
}

/** Where `bbox` lies on the screen for the camera `view` on a map of `size`. */
export function screenRect(view: View, size: Size, bbox: Bbox): Rect {
  const [cx, cy] = worldPx(view.center[0], view.center[1], view.zoom);
  const [x0, y0] = worldPx(bbox[0], bbox[3], view.zoom);
  const [x1, y1] = worldPx(bbox[2], bbox[1], view.zoom);
  const dx = size.width / 2 - cx;
  const dy = size.height / 2 - cy;
  return { left: x0 + dx, top: y0 + dy, right: x1 + dx, bottom: y1 + dy };
}

/**
 * PlanningMap.fitBounds' own margin around the fitted box (pixels): kept equal to it, so a box
 * sized here to the free area at the current zoom is fitted at that same zoom.
 */
export const fitMargin = (size: Size): number =>
  Math.min(40, Math.round(Math.min(size.width, size.height) / 20));

/**
 * The box to hand to `fitBounds(box, animate, insets)` so `bbox` (the selected feature) shows in
 * the map less `insets` (the panels), or null when it already does. A feature that fits at the
 * current zoom is only panned to (the box returned is the free area's size around the feature's
 * centre, so the zoom stays); a bigger one gets its own bbox (the map zooms out to it). When the
 * panels leave less than 50 px free, fitBounds ignores them, and so does this.
 */
export function fitTarget(view: View, size: Size, insets: Partial<Insets>, bbox: Bbox): Bbox | null {
  const pad = fitMargin(size);
  let free: Rect = {
    left: (insets.left ?? 0) + pad,
    top: (insets.top ?? 0) + pad,
    right: size.width - (insets.right ?? 0) - pad,
    bottom: size.height - (insets.bottom ?? 0) - pad,
  };
  if (free.right - free.left < 50 || free.bottom - free.top < 50) {
    free = { left: pad, top: pad, right: size.width - pad, bottom: size.height - pad };
  }
  const box = screenRect(view, size, bbox);
  const slack = 1;
  if (
    box.left >= free.left - slack &&
    box.top >= free.top - slack &&
    box.right <= free.right + slack &&
    box.bottom <= free.bottom + slack
  ) {
    return null;
  }
  const freeW = free.right - free.left;
  const freeH = free.bottom - free.top;
  if (box.right - box.left > freeW || box.bottom - box.top > freeH) return bbox;
  // Same zoom: a box exactly the free area's size, centred on the feature.
  const [x0, y0] = worldPx(bbox[0], bbox[3], view.zoom);
  const [x1, y1] = worldPx(bbox[2], bbox[1], view.zoom);
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const [west, north] = lonLatOf(mx - freeW / 2, my - freeH / 2, view.zoom);
  const [east, south] = lonLatOf(mx + freeW / 2, my + freeH / 2, view.zoom);
  return [west, south, east, north];
}

/** Whether the user asked for less motion (then the camera jumps instead of flying). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
