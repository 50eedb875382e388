// The level of detail of a large layer (issue 10 §2): zoomed out, each feature of a chunk is drawn as
// one point instead of its polygon or line. At the province's zoom a 30 m parcel is under a pixel,
// yet its polygon costs deck.gl ~17 vertices plus picking colours; a point costs one instance.
// Both the points and the size estimate are computed once per chunk and cached by the chunk object
// (chunks are immutable once received).
import type { BinaryChunk } from '../../data/binary/types';

/** One point per located feature of a chunk, in the chunk's offset coordinates. */
export interface FeaturePoints {
  /** Number of points (located features). */
  length: number;
  /** Float32 [lon − origin[0], lat − origin[1]] pairs, one per point. */
  positions: Float32Array;
  /** Per point: the layer-wide feature ordinal (chunk.first + local index); picking reports it. */
  ordinals: Uint32Array;
}

const pointsCache = new WeakMap<BinaryChunk, FeaturePoints>();

/**
 * The vertex mean of each located feature of `chunk`: a polygon's outer ring(s) (without the
 * closing vertex), every vertex of a line or multipoint, summed across families for a collection.
 * Features without geometry get no point; the rest keep their order, and `ordinals` names them.
 * Cached per chunk.
 */
export function featurePoints(chunk: BinaryChunk): FeaturePoints {
  const hit = pointsCache.get(chunk);
  if (hit) return hit;
  const n = chunk.count;
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  const k = new Uint32Array(n);
  // Adds vertices [from, to) of `pos` to feature f's sums.
  const add = (pos: Float32Array, f: number, from: number, to: number) => {
    for (let v = from; v < to; v++) {
      sx[f]! += pos[2 * v]!;
      sy[f]! += pos[2 * v + 1]!;
      k[f]!++;
    }
  };
  for (const part of [chunk.points, chunk.lines]) {
    const starts = part.featureStarts.value;
    for (let f = 0; f + 1 < starts.length; f++) add(part.positions.value, f, starts[f]!, starts[f + 1]!);
  }
  const pg = chunk.polygons;
  const pos = pg.positions.value;
  const polys = pg.polygonIndices.value;
  const rings = pg.primitivePolygonIndices.value;
  const owners = pg.featureStarts.value;
  let r = 0;
  let f = 0;
  for (let p = 0; p + 1 < polys.length; p++) {
    const start = polys[p]!;
    // The feature the polygon belongs to: the last whose start is at or before it.
    while (f + 2 < owners.length && owners[f + 1]! <= start) f++;
    // The outer ring is the polygon's first ring: it ends where the next ring starts.
    while (r < rings.length && rings[r]! <= start) r++;
    let end = Math.min(rings[r] ?? polys[p + 1]!, polys[p + 1]!);
    if (
      end - start > 1 &&
      pos[2 * start] === pos[2 * (end - 1)] &&
      pos[2 * start + 1] === pos[2 * (end - 1) + 1]
    )
      end--;
    add(pos, f, start, end);
  }
  let m = 0;
  for (let f = 0; f < n; f++) if (k[f]! > 0) m++;
  const positions = new Float32Array(2 * m);
  const ordinals = new Uint32Array(m);
  for (let f = 0, i = 0; f < n; f++) {
    if (k[f] === 0) continue;
    positions[2 * i] = sx[f]! / k[f]!;
    positions[2 * i + 1] = sy[f]! / k[f]!;
    ordinals[i++] = chunk.first + f;
  }
  const out = { length: m, positions, ordinals };
  pointsCache.set(chunk, out);
  return out;
}

const extentCache = new WeakMap<BinaryChunk, number>();
/** Features sampled for the size estimate: enough for a median, cheap for any chunk. */
const SAMPLE = 64;

/**
 * The median extent in degrees (the larger side of the box) of up to SAMPLE polygons and lines of
 * `chunk`, evenly spaced; 0 when the chunk has neither (points only). Cached per chunk.
 */
export function typicalExtent(chunk: BinaryChunk): number {
  const hit = extentCache.get(chunk);
  if (hit !== undefined) return hit;
  const sizes: number[] = [];
  const sample = (pos: Float32Array, starts: Uint32Array) => {
    const parts = starts.length - 1;
    const step = Math.max(1, Math.floor(parts / SAMPLE));
    for (let p = 0; p < parts; p += step) {
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let v = starts[p]!; v < starts[p + 1]!; v++) {
        const x = pos[2 * v]!;
        const y = pos[2 * v + 1]!;
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
      if (e >= w) sizes.push(Math.max(e - w, n - s));
    }
  };
  sample(chunk.polygons.positions.value, chunk.polygons.polygonIndices.value);
  sample(chunk.lines.positions.value, chunk.lines.pathIndices.value);
  sizes.sort((a, b) => a - b);
  const out = sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)]! : 0;
  extentCache.set(chunk, out);
  return out;
}

/**
 * On-screen size (CSS pixels) a chunk's typical feature must reach before it is drawn as itself
 * rather than as a point. The points are drawn 3 px across (radius 1.5), so below 3 px a
 * polygon would show no more than its point does, at ~17× the vertices.
 */
export const MIN_SHAPE_PX = 3;

/**
 * The zoom from which `chunk`'s features are drawn as shapes: where its typical extent
 * (typicalExtent, degrees) spans MIN_SHAPE_PX pixels in MapLibre's 512-px world (extent° / 360 ×
 * 512 × 2^z). −Infinity for a chunk of points only (always drawn as itself); a chunk of parcels
 * 30 m wide (≈ 0.00027°) gives ≈ 12.9.
 */
export function shapeZoom(chunk: BinaryChunk): number {
  const e = typicalExtent(chunk);
  return e > 0 ? Math.log2((MIN_SHAPE_PX * 360) / (512 * e)) : -Infinity;
}
