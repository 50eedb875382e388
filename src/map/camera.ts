// Camera arithmetic of PlanningMap: padding clear of the panels and boxes around features.
import turfBbox from '@turf/bbox';
import type { Feature } from 'geojson';
import type { Bbox } from '../data/schema';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Padding (CSS px) that fits a box into the part of a `width` × `height` map not covered by
 * panels (`insets`); panels bigger than the map are ignored rather than failing the fit.
 */
export function fitPadding(width: number, height: number, insets: Partial<Insets>): Insets | number {
  const pad = Math.min(40, Math.round(Math.min(width, height) / 20));
  const padding = {
    top: pad + (insets.top ?? 0),
    bottom: pad + (insets.bottom ?? 0),
    left: pad + (insets.left ?? 0),
    right: pad + (insets.right ?? 0),
  };
  const fits = padding.left + padding.right < width - 50 && padding.top + padding.bottom < height - 50;
  return fits ? padding : pad;
}

/** A feature's bbox grown to at least `minSpanDeg` each way (a park circle, a point), or null. */
export function featureBox(feature: Feature, minSpanDeg: number): Bbox | null {
  if (!feature.geometry) return null;
  const b = turfBbox(feature) as number[];
  const [w, s, e, n] = [b[0]!, b[1]!, b[2]!, b[3]!];
  if (![w, s, e, n].every(Number.isFinite)) return null;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const dx = Math.max(e - w, minSpanDeg) / 2;
  const dy = Math.max(n - s, minSpanDeg) / 2;
  return [cx - dx, cy - dy, cx + dx, cy + dy];
}
