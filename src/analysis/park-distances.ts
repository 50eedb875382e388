// The investors' explorer: for every park, the straight-line distance to the nearest expressway,
// national road, ring road, railway (corridors of every status), seaport, airport and ICD, with
// what it was measured to. The same indexed nearest functions as the Nearest tab and the site
// score. Unlike parkProximity, a missing corridors or places layer does not fail the whole answer:
// those kinds are unknown for every park and listed in `unavailable`, and nothing else is lost.
import type { CorridorKind } from '../data/schema';
import { type AnalysisContext, leftOutOf, requireLayers } from './context';
import type { LeftOutFeature } from './intake';
import type { LogisticsKind } from './logistics';
import { type AnalysisResult, guard, ok } from './result';
import type { SiteTarget } from './site-score';

/** The kinds the explorer shows a distance to, in display order. */
export const EXPLORER_DISTANCE_KINDS = [
  'expressway',
  'national_road',
  'ring_road',
  'railway',
  'port',
  'airport',
  'icd',
] as const;
export type ExplorerDistanceKind = (typeof EXPLORER_DISTANCE_KINDS)[number];

const CORRIDOR_KINDS_SHOWN: readonly CorridorKind[] = ['expressway', 'national_road', 'ring_road', 'railway'];

/** Which layer a distance kind is measured to. */
export const layerOfDistanceKind = (k: ExplorerDistanceKind): 'corridors' | 'places' =>
  (CORRIDOR_KINDS_SHOWN as readonly string[]).includes(k) ? 'corridors' : 'places';

export interface ParkDistance {
  /** Straight-line (great-circle) distance, km. */
  km: number;
  target: SiteTarget;
}

export interface ParkDistancesRow {
  id: string;
  /** null: no feature of that kind (or its layer is not loaded). */
  distances: Record<ExplorerDistanceKind, ParkDistance | null>;
}

export interface ParkDistancesReport {
  rows: ParkDistancesRow[];
  /** Kinds no park has a distance to because their layer is not loaded, with that layer. */
  unavailable: { kind: ExplorerDistanceKind; layer: 'corridors' | 'places' }[];
  left_out: LeftOutFeature[];
}

/** Every park's nearest feature of each explorer kind; error only when the parks layer is missing. */
export function parkDistances(ctx: AnalysisContext): AnalysisResult<ParkDistancesReport> {
  return guard(() => {
    const missing = requireLayers(ctx, 'parks');
    if (missing) return missing;
    const haveCorridors = !!ctx.corridors && (ctx.layers.corridors?.attrs.length ?? 0) > 0;
    const havePlaces = !!ctx.places && (ctx.layers.places?.attrs.length ?? 0) > 0;
    const cattrs = ctx.layers.corridors?.attrs ?? [];
    const unavailable: ParkDistancesReport['unavailable'] = [];
    const masks = EXPLORER_DISTANCE_KINDS.map((kind) => {
      const layer = layerOfDistanceKind(kind);
      if (layer === 'corridors') {
        if (!haveCorridors) {
          unavailable.push({ kind, layer });
          return { kind, layer, mask: null };
        }
        return { kind, layer, mask: ctx.corridors!.mask((f) => cattrs[f]!.kind === kind) };
      }
      if (!havePlaces) {
        unavailable.push({ kind, layer });
        return { kind, layer, mask: null };
      }
      const mask = Uint8Array.from(ctx.placeLogistics, (l) => (l === (kind as LogisticsKind) ? 1 : 0));
      return { kind, layer, mask };
    });
    const parks = ctx.layers.parks!;
    const rows = parks.attrs.map((a, i): ParkDistancesRow => {
      const lon = parks.coords[2 * i]!;
      const lat = parks.coords[2 * i + 1]!;
      const distances = {} as ParkDistancesRow['distances'];
      for (const { kind, layer, mask } of masks) {
        distances[kind] = null;
        if (!mask?.includes(1)) continue;
        if (layer === 'corridors') {
          const hit = ctx.corridors!.nearest(lon, lat, mask);
          const c = hit ? cattrs[hit.feature] : undefined;
          if (hit && c)
            distances[kind] = {
              km: hit.distanceKm,
              target: { id: c.id, name_vi: c.name_vi, name_en: c.name_en },
            };
        } else {
          const hit = ctx.places!.nearest(lon, lat, mask);
          const p = hit ? ctx.layers.places!.attrs[hit.item] : undefined;
          if (hit && p)
            distances[kind] = {
              km: hit.distanceKm,
              target: { id: p.id, name_vi: p.name_vi, name_en: p.name_en },
            };
        }
      }
      return { id: a.id, distances };
    });
    return ok({ rows, unavailable, left_out: leftOutOf(ctx, 'parks', 'corridors', 'places') });
  });
}
