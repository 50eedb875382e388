// The scale bar of an exported or printed map: the longest "nice" length (1, 2 or 5 × 10ⁿ metres)
// that fits the allowed width. The ground length of the reference span comes from @turf/distance
// (great-circle, mean Earth radius), the project's reference for every measurement, not from a
// Web Mercator formula of our own.
import distance from '@turf/distance';

export interface ScaleBar {
  /** Ground length the bar stands for, in metres. */
  metres: number;
  /** The bar's length in the image's pixels. */
  px: number;
}

/** The largest 1, 2 or 5 × 10ⁿ not above `max` (max > 0); NaN for max ≤ 0 or not finite. */
export function niceLength(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return Number.NaN;
  const p = 10 ** Math.floor(Math.log10(max));
  // Floating noise: 0.3 / 0.1 is 2.9999…; a tiny tolerance keeps exact powers exact.
  const m = max / p + 1e-9;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/**
 * The scale bar for a map image. `a` and `b` are [lng, lat] of two points `spanPx` image pixels
 * apart on one horizontal line through the map's centre (see PlanningMap.printFrame); the bar is at
 * most `maxPx` image pixels long. Returns null when the span has no length (an unplaced map).
 */
export function scaleBar(
  a: [number, number],
  b: [number, number],
  spanPx: number,
  maxPx: number,
): ScaleBar | null {
  const metres = distance(a, b, { units: 'kilometers' }) * 1000;
  if (!(metres > 0) || !(spanPx > 0) || !(maxPx > 0)) return null;
  const perPx = metres / spanPx;
  const nice = niceLength(perPx * maxPx);
  if (!Number.isFinite(nice)) return null;
  return { metres: nice, px: nice / perPx };
}

/** "500 m" or "2 km" (whole kilometres from 1 km on), with the locale's number format. */
export function scaleLabel(metres: number, num: (v: number, digits?: number) => string): string {
  return metres >= 1000 ? `${num(metres / 1000, 0)} km` : `${num(metres, 0)} m`;
}
