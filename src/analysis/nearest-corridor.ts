// "The nearest corridor of each of my points" (issue 10 §1): for any points (an imported layer's),
// the nearest curated corridor and the distance to it, through the same corridor index the
// proximity analysis uses (exact great-circle distance to the segments; line-index.ts).
import type { Point } from 'geojson';
import { geometryAt } from '../data/binary/feature';
import { type BinaryChunk, GEOMETRY_CODE } from '../data/binary/types';
import type { AnalysisContext } from './context';
import { type AnalysisResult, fail, ok } from './result';

export interface NearestCorridorRow {
  /** Index of the point in the input. */
  index: number;
  /** The corridor's id, and its names; null when no corridor is loaded. */
  corridorId: string | null;
  name_vi: string | null;
  name_en: string | null;
  /** Kilometres to the nearest point of the corridor; null as above or for a non-finite point. */
  distanceKm: number | null;
  /** That nearest point of the corridor, [lon, lat] (for drawing a connector); null as above. */
  point: [number, number] | null;
}

/**
 * One row per point of `points` ([lon, lat] degrees, WGS 84), in input order. With `corridorId`,
 * the distance to that corridor ("my points within X km of Ring Road 4" is then a filter of the
 * rows); an unknown id is `unknown_corridor`.
 */
export function nearestCorridorOfPoints(
  ctx: AnalysisContext,
  points: readonly (readonly [number, number])[],
  corridorId?: string,
): AnalysisResult<NearestCorridorRow[]> {
  const index = ctx.corridors;
  if (!index) return fail('not_loaded', 'No corridors are loaded.');
  const attrs = ctx.layers.corridors!.attrs;
  if (corridorId !== undefined && !attrs.some((a) => a.id === corridorId)) {
    return fail('unknown_corridor', `No corridor ${corridorId}.`);
  }
  const mask = corridorId === undefined ? null : index.mask((f) => attrs[f]!.id === corridorId);
  return ok(
    points.map(([lon, lat], i) => {
      const hit = Number.isFinite(lon) && Number.isFinite(lat) ? index.nearest(lon, lat, mask) : null;
      const attrs = hit ? ctx.layers.corridors!.attrs[hit.feature]! : null;
      return {
        index: i,
        corridorId: attrs?.id ?? null,
        name_vi: attrs?.name_vi ?? null,
        name_en: attrs?.name_en ?? null,
        distanceKm: hit?.distanceKm ?? null,
        point: hit?.point ?? null,
      };
    }),
  );
}

/** One chunk's nearest corridors, as columns (a large layer's 1M points make no row objects). */
export interface ChunkNearestReport {
  /** Layer-wide ordinals (chunk.first + local index) of the chunk's Point features, ascending. */
  ordinals: Uint32Array;
  /** Per row: index into `corridors`, −1 when none (no corridor loaded). */
  corridor: Int32Array;
  /** Per row: km to that corridor, NaN as above. */
  distanceKm: Float64Array;
  /**
   * Per row, at 2k and 2k + 1: that nearest point of the corridor, lon and lat (degrees; NaN as
   * above), for drawing a line from the point to it. 16 bytes a row: 16 MB for 1M points.
   */
  point: Float64Array;
  /** The loaded corridors (the same list for every chunk of a load). */
  corridors: { id: string; name_vi: string; name_en: string }[];
}

/**
 * nearestCorridorOfPoints for the Point features of one chunk of a large layer (the same features
 * a small layer's NearestCorridors asks about: a Point, not a MultiPoint or any other geometry),
 * positions rebuilt from the chunk (origin + float32 offset, ≈ 2 mm). Same errors.
 */
export function nearestCorridorOfChunk(
  ctx: AnalysisContext,
  chunk: BinaryChunk,
  corridorId?: string,
): AnalysisResult<ChunkNearestReport> {
  const local: number[] = [];
  const points: [number, number][] = [];
  for (let i = 0; i < chunk.count; i++) {
    if (chunk.geometryTypes[i] !== GEOMETRY_CODE.Point) continue;
    const g = geometryAt(chunk, i) as Point;
    local.push(i);
    points.push([g.coordinates[0]!, g.coordinates[1]!]);
  }
  const r = nearestCorridorOfPoints(ctx, points, corridorId);
  if (!r.ok) return r;
  const attrs = ctx.layers.corridors!.attrs;
  const position = new Map(attrs.map((a, k) => [a.id, k]));
  const n = r.value.length;
  const out: ChunkNearestReport = {
    ordinals: new Uint32Array(n),
    corridor: new Int32Array(n),
    distanceKm: new Float64Array(n),
    point: new Float64Array(2 * n).fill(Number.NaN),
    corridors: attrs.map((a) => ({ id: a.id, name_vi: a.name_vi, name_en: a.name_en })),
  };
  r.value.forEach((row, k) => {
    out.ordinals[k] = chunk.first + local[row.index]!;
    out.corridor[k] = row.corridorId === null ? -1 : position.get(row.corridorId)!;
    out.distanceKm[k] = row.distanceKm ?? Number.NaN;
    if (row.point) out.point.set(row.point, 2 * k);
  });
  return ok(out);
}
