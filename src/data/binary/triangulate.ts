// earcut triangles of a chunk's polygons, from the chunk's own arrays: what deck.gl needs to fill
// them, and only then. The import no longer makes them (issue 10 §2, memory): a chunk is drawn as
// points until the view zooms in far enough to draw its shapes (feature-points.ts), and a chunk
// that is never looked at that closely never needs its triangles (90 of a 17-corner parcel's ≈ 330
// bytes). They are made in a worker when first needed (src/map/deck/chunk-triangles.ts).
//
// earcut runs on the float32 offsets the chunk holds, the positions that are drawn: triangulating
// float64 positions instead can leave a sliver triangle that the float32 rounding turns over (seen
// on 17-corner parcels: 6e-6 of a parcel's area drawn twice or not at all).
import earcut from 'earcut';
import { GrowableU32 } from './growable';
import type { BinaryPolygons } from './types';

type PolygonArrays = Pick<BinaryPolygons, 'positions' | 'polygonIndices' | 'primitivePolygonIndices'>;

/**
 * Triangles (vertex indices into `p.positions`, 3 per triangle) of every polygon: its outer ring and
 * holes by `primitivePolygonIndices`, polygons by `polygonIndices` (both starts plus the end). Uint16
 * when the positions number at most 65,536 (the chunk builder ends chunks so most do), else Uint32.
 * A polygon of fewer than 3 positions gets none.
 */
export function triangulatePolygons(p: PolygonArrays): Uint16Array | Uint32Array {
  const xy = p.positions.value;
  const polys = p.polygonIndices.value;
  const rings = p.primitivePolygonIndices.value;
  const out = new GrowableU32();
  const holes: number[] = [];
  let r = 0;
  for (let k = 0; k + 1 < polys.length; k++) {
    const start = polys[k]!;
    const stop = polys[k + 1]!;
    holes.length = 0;
    while (r + 1 < rings.length && rings[r]! < stop) {
      const s = rings[r]!;
      if (s > start) holes.push(s - start);
      r++;
    }
    if (stop - start < 3) continue;
    const tri = earcut(xy.subarray(start * 2, stop * 2), holes.length ? holes : undefined, 2);
    for (let i = 0; i < tri.length; i++) out.push(tri[i]! + start);
  }
  const vertices = xy.length / 2;
  return vertices <= 0x10000 ? Uint16Array.from(out.data.subarray(0, out.length)) : out.copy();
}

/** Whether a chunk's polygons can be drawn now: it has none, or their triangles are there. */
export function hasTriangles(p: Pick<BinaryPolygons, 'positions' | 'triangles'>): boolean {
  return p.positions.value.length === 0 || p.triangles.value.length > 0;
}
