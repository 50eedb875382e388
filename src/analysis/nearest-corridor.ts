// "The nearest corridor of each of my points" (issue 10 §1): for any points (an imported layer's),
// the nearest curated corridor and the distance to it, through the same corridor index the
// proximity analysis uses (exact great-circle distance to the segments; line-index.ts).
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
      };
    }),
  );
}
