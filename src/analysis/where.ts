// "Where am I": for a clicked point, the district containing it, the nearest park and the nearest
// corridor (status-aware).
import type { CorridorStatus } from '../data/schema';
import {
  type AnalysisContext,
  type CorridorHit,
  corridorHit,
  corridorStatusSet,
  districtsAt,
  leftOutOf,
  type ParkRef,
  parkRef,
  parkStatusSet,
  requireLayers,
} from './context';
import type { LeftOutFeature } from './intake';
import type { AnalysisParkStatus } from './pack';
import { type AnalysisResult, checkPoint, guard, ok } from './result';

export interface DistrictRef {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
}

export interface WhereAmIOptions {
  corridorStatuses?: CorridorStatus[];
  parkStatuses?: AnalysisParkStatus[];
}

export interface WhereAmI {
  point: [number, number];
  /** The first of `districts` (by code); null when the point is outside every district. */
  district: DistrictRef | null;
  /**
   * Every district containing the point, boundary included (as Turf), ordered by code: a point on
   * the border of two districts is in both.
   */
  districts: DistrictRef[];
  /** Features of the layers used here that the entry check left out. */
  left_out: LeftOutFeature[];
  nearest_park: (ParkRef & { distance_km: number }) | null;
  nearest_corridor: CorridorHit | null;
}

export function whereAmI(
  ctx: AnalysisContext,
  point: [number, number],
  options: WhereAmIOptions = {},
): AnalysisResult<WhereAmI> {
  return guard(() => {
    const bad = checkPoint(point);
    if (bad) return bad;
    const missing = requireLayers(ctx, 'districts', 'parks', 'corridors');
    if (missing) return missing;
    const cs = corridorStatusSet(options.corridorStatuses);
    if (cs.error) return cs.error;
    const ps = parkStatusSet(options.parkStatuses);
    if (ps.error) return ps.error;
    const [lon, lat] = point;
    const districts = districtsAt(ctx, lon, lat).map((d): DistrictRef => {
      const a = ctx.layers.districts!.attrs[d]!;
      return { id: a.id, code: a.code, name_vi: a.name_vi, name_en: a.name_en };
    });
    const parkMask = Uint8Array.from(ctx.layers.parks!.attrs, (a) => (ps.set.has(a.status) ? 1 : 0));
    const ph = ctx.parks!.nearest(lon, lat, parkMask);
    const cattrs = ctx.layers.corridors!.attrs;
    const ch = ctx.corridors!.nearest(
      lon,
      lat,
      ctx.corridors!.mask((f) => cs.set.has(cattrs[f]!.status)),
    );
    return ok({
      point: [lon, lat],
      district: districts[0] ?? null,
      districts,
      left_out: leftOutOf(ctx, 'districts', 'parks', 'corridors'),
      nearest_park: ph ? { ...parkRef(ctx, ph.item), distance_km: ph.distanceKm } : null,
      nearest_corridor: ch ? corridorHit(ctx, ch.feature, ch.distanceKm, ch.point) : null,
    });
  });
}
