// The district boundaries as the area question cuts them: each district a GeoJSON MultiPolygon with
// its box, and a box index of every boundary segment, to find the polygons no boundary comes near
// (those lie wholly in one district or none, and need no clipping). Built once per loaded context.
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon } from 'geojson';
import type { AnalysisContext } from './context';
import { polygonGeometry } from './pack';

export interface DistrictShape {
  feature: Feature<MultiPolygon>;
  bbox: [number, number, number, number];
}

export interface DistrictShapes {
  shapes: DistrictShape[];
  /** Every boundary segment of every district (boxes), to find the polygons no boundary comes near. */
  edges: Flatbush | null;
}

const districtCache = new WeakMap<AnalysisContext, DistrictShapes>();

/** The loaded districts' shapes (in the layer's order) and boundary index; the context must hold districts. */
export function districtShapes(ctx: AnalysisContext): DistrictShapes {
  const hit = districtCache.get(ctx);
  if (hit) return hit;
  const packed = ctx.layers.districts!;
  const shapes = packed.attrs.map((_, d) => {
    const geometry = polygonGeometry(packed, d);
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of geometry.coordinates)
      for (const [x, y] of poly[0]!) {
        bbox[0] = Math.min(bbox[0], x!);
        bbox[1] = Math.min(bbox[1], y!);
        bbox[2] = Math.max(bbox[2], x!);
        bbox[3] = Math.max(bbox[3], y!);
      }
    return { feature: { type: 'Feature', geometry, properties: {} } as Feature<MultiPolygon>, bbox };
  });
  const { coords, ringStarts } = packed;
  let n = 0;
  for (let r = 0; r + 1 < ringStarts.length; r++) n += Math.max(0, ringStarts[r + 1]! - ringStarts[r]! - 1);
  let edges: Flatbush | null = null;
  if (n > 0) {
    edges = new Flatbush(n);
    for (let r = 0; r + 1 < ringStarts.length; r++) {
      for (let v = ringStarts[r]!; v + 1 < ringStarts[r + 1]!; v++) {
        const [ax, ay, bx, by] = [coords[2 * v]!, coords[2 * v + 1]!, coords[2 * v + 2]!, coords[2 * v + 3]!];
        edges.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      }
    }
    edges.finish();
  }
  const out = { shapes, edges };
  districtCache.set(ctx, out);
  return out;
}

/** Whether two [minX, minY, maxX, maxY] boxes overlap (touching counts). */
export const overlaps = (a: readonly number[], b: readonly number[]) =>
  a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
