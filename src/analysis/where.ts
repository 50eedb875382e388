// "Where am I": for a clicked point, the district containing it, the nearest park and the nearest
// corridor (status-aware).
import type { CorridorStatus, ParkStatus } from '../data/schema';
import {
  type AnalysisContext,
  type CorridorHit,
  corridorHit,
  corridorStatusSet,
  type ParkRef,
  parkRef,
  parkStatusSet,
  requireLayers,
} from './context';
import { type AnalysisResult, checkPoint, guard, ok } from './result';

export interface WhereAmIOptions {
  corridorStatuses?: CorridorStatus[];
  parkStatuses?: ParkStatus[];
}

export interface WhereAmI {
  point: [number, number];
  /** null when the point is outside every district. */
  district: { id: string; code: string; name_vi: string; name_en: string } | null;
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
    const d = ctx.districts!.locate(lon, lat);
    const da = d >= 0 ? ctx.layers.districts!.attrs[d]! : null;
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
      district: da ? { id: da.id, code: da.code, name_vi: da.name_vi, name_en: da.name_en } : null,
      nearest_park: ph ? { ...parkRef(ctx, ph.item), distance_km: ph.distanceKm } : null,
      nearest_corridor: ch ? corridorHit(ctx, ch.feature, ch.distanceKm, ch.point) : null,
    });
  });
}
