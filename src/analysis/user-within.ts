// "My features within X km of Ring Road 4" (issue 10 §1) for an imported layer of any geometry:
// points, lines and polygons. A feature is within X km when its least distance to the corridor is
// ≤ X (0 when they cross, or the corridor runs inside one of its polygons); shape-distance.ts
// computes it exactly, with the great-circle distance of Turf's geodesic point-to-line distance.
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { geometryAt } from '../data/binary/feature';
import type { BinaryChunk } from '../data/binary/types';
import type { AnalysisContext } from './context';
import { type AnalysisError, type AnalysisResult, checkDistanceKm, fail, guard, ok } from './result';
import { CorridorTarget } from './shape-distance';
import { userShape } from './user-shape';
import { corridorZone } from './within';

export interface UserWithinRow {
  /** The feature's index in the input. */
  index: number;
  distance_km: number;
  /** The corridor it is measured to (the one asked about, or for "any corridor" the nearest one). */
  corridor_id: string;
}

export interface UserWithinReport {
  /** The corridor asked about; null: any corridor (the nearest one counts). */
  corridor_id: string | null;
  km: number;
  /** Features within km, nearest first (ties in input order). */
  rows: UserWithinRow[];
  /** Features measured (those with a usable geometry). */
  measured: number;
  /** Indices of features without a usable geometry (null, empty, a non-finite coordinate). */
  unusable: number[];
}

/**
 * Every feature of `geometries` (WGS 84 degrees, any GeoJSON geometry) within `km` (0 < km ≤ 200)
 * of the corridor `corridorId` (all corridors when undefined). Errors: not_loaded, missing_layer,
 * unknown_corridor, distance_out_of_range.
 */
export function userFeaturesWithin(
  ctx: AnalysisContext,
  geometries: readonly (Geometry | null)[],
  corridorId: string | undefined,
  km: number,
): AnalysisResult<UserWithinReport> {
  return guard(() => {
    const target = corridorTarget(ctx, corridorId, km);
    if (!(target instanceof CorridorTarget)) return target;
    const rows: UserWithinRow[] = [];
    const unusable: number[] = [];
    for (const [i, g] of geometries.entries()) {
      const shape = userShape(g);
      if (!shape) {
        unusable.push(i);
        continue;
      }
      const hit = target.nearest(shape, km);
      if (hit) rows.push({ index: i, distance_km: hit.km, corridor_id: corridorIdOf(ctx, hit.feature) });
    }
    rows.sort((a, b) => a.distance_km - b.distance_km || a.index - b.index);
    return ok({
      corridor_id: corridorId ?? null,
      km,
      rows,
      measured: geometries.length - unusable.length,
      unusable,
    });
  });
}

/** One chunk's part of "within km" for a large layer: rows by layer-wide ordinal, in chunk order. */
export interface ChunkWithinReport {
  /** `index` is the feature's layer-wide ordinal (chunk.first + local index). */
  rows: UserWithinRow[];
  measured: number;
  /** Features of the chunk without a usable geometry. */
  unusable: number;
}

/**
 * userFeaturesWithin for one chunk of a large layer (src/data/binary): each feature's geometry is
 * built from the chunk (geometryAt, positions origin + float32 offset) and measured the same way,
 * so a large layer gets the distances a small layer of the same features gets (to the chunk's
 * float32 precision, ≤ 2e-8° in the province: ≈ 2 mm). The caller merges the chunks' rows and
 * sorts them. Same errors as userFeaturesWithin.
 */
export function userChunkWithin(
  ctx: AnalysisContext,
  chunk: BinaryChunk,
  corridorId: string | undefined,
  km: number,
): AnalysisResult<ChunkWithinReport> {
  return guard(() => {
    const target = corridorTarget(ctx, corridorId, km);
    if (!(target instanceof CorridorTarget)) return target;
    const rows: UserWithinRow[] = [];
    let unusable = 0;
    for (let i = 0; i < chunk.count; i++) {
      const shape = userShape(geometryAt(chunk, i));
      if (!shape) {
        unusable++;
        continue;
      }
      const hit = target.nearest(shape, km);
      if (hit)
        rows.push({
          index: chunk.first + i,
          distance_km: hit.km,
          corridor_id: corridorIdOf(ctx, hit.feature),
        });
    }
    return ok({ rows, measured: chunk.count - unusable, unusable });
  });
}

/**
 * The zone userFeaturesWithin's answer is about, for drawing it under the answer: the corridor
 * `corridorId` (every corridor when undefined) grown by `km` (within.ts's corridorZone: @turf/buffer,
 * merged with @turf/union); null when no corridor gives a polygon. Same errors as userFeaturesWithin.
 */
export function userWithinZone(
  ctx: AnalysisContext,
  corridorId: string | undefined,
  km: number,
): AnalysisResult<Feature<Polygon | MultiPolygon> | null> {
  return guard(() => {
    // Checked only: the zone needs no distance index of the corridors' vertices.
    const problem = corridorProblem(ctx, corridorId, km);
    if (problem) return problem;
    const features: number[] = [];
    ctx.layers.corridors!.attrs.forEach((a, f) => {
      if (corridorId === undefined || a.id === corridorId) features.push(f);
    });
    return ok(corridorZone(ctx, features, km));
  });
}

/** The id of corridor feature `f`. */
const corridorIdOf = (ctx: AnalysisContext, f: number): string => ctx.layers.corridors!.attrs[f]!.id;

/** Why the corridor (or all corridors) cannot be measured against: a bad km, no corridors, an unknown id. */
function corridorProblem(
  ctx: AnalysisContext,
  corridorId: string | undefined,
  km: number,
): AnalysisError | null {
  const bad = checkDistanceKm(km);
  if (bad) return bad;
  if (!ctx.corridors)
    return fail('missing_layer', 'The corridors layer is not loaded.', { layer: 'corridors' });
  if (corridorId !== undefined && !ctx.layers.corridors!.attrs.some((a) => a.id === corridorId)) {
    return fail('unknown_corridor', `No corridor with id "${corridorId}".`, { id: corridorId });
  }
  return null;
}

/** The corridor (or all corridors) to measure against, or the failure that prevents it. */
function corridorTarget(
  ctx: AnalysisContext,
  corridorId: string | undefined,
  km: number,
): CorridorTarget | AnalysisError {
  const problem = corridorProblem(ctx, corridorId, km);
  if (problem) return problem;
  const index = ctx.corridors!;
  const attrs = ctx.layers.corridors!.attrs;
  return new CorridorTarget(
    index,
    index.mask((f) => corridorId === undefined || attrs[f]!.id === corridorId),
  );
}
