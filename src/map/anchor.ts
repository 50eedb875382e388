import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Geometry } from 'geojson';

/** A point inside each feature ([lon, lat], cached per feature object), for labels; null if none. */
const anchors = new WeakMap<Feature, [number, number]>();
export function anchorOf(f: Feature): [number, number] | null {
  const cached = anchors.get(f);
  if (cached) return cached;
  if (!f.geometry) return null;
  let out: [number, number] | null = null;
  if (f.geometry.type === 'Point') {
    out = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
  } else {
    try {
      const p = pointOnFeature(f as Feature<Geometry>).geometry.coordinates;
      out = [p[0]!, p[1]!];
    } catch {
      out = null;
    }
  }
  if (out) anchors.set(f, out);
  return out;
}
