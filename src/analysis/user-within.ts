// "My features within X km of Ring Road 4" (issue 10 §1) for an imported layer of any geometry:
// points, lines and polygons. A feature is within X km when its least distance to the corridor is
// ≤ X (0 when they cross, or the corridor runs inside one of its polygons); shape-distance.ts
// computes it exactly, with the great-circle distance of Turf's geodesic point-to-line distance.
import type { Geometry } from 'geojson';
import type { AnalysisContext } from './context';
import { type AnalysisResult, checkDistanceKm, fail, guard, ok } from './result';
import { CorridorTarget } from './shape-distance';
import { userShape } from './user-shape';

export interface UserWithinRow {
  /** The feature's index in the input. */
  index: number;
  distance_km: number;
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
    const bad = checkDistanceKm(km);
    if (bad) return bad;
    const index = ctx.corridors;
    if (!index) return fail('missing_layer', 'The corridors layer is not loaded.', { layer: 'corridors' });
    const attrs = ctx.layers.corridors!.attrs;
    if (corridorId !== undefined && !attrs.some((a) => a.id === corridorId)) {
      return fail('unknown_corridor', `No corridor with id "${corridorId}".`, { id: corridorId });
    }
    const target = new CorridorTarget(
      index,
      index.mask((f) => corridorId === undefined || attrs[f]!.id === corridorId),
    );
    const rows: UserWithinRow[] = [];
    const unusable: number[] = [];
    for (const [i, g] of geometries.entries()) {
      const shape = userShape(g);
      if (!shape) {
        unusable.push(i);
        continue;
      }
      const d = target.distanceKm(shape, km);
      if (d !== null) rows.push({ index: i, distance_km: d });
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
