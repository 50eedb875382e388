// Parks within X km of a corridor, a corridor kind, a place or a logistics sub-kind. Distances run
// from the park point (see PARK_POINT_NOTE) to the exact nearest point of the target. The zone
// polygon is for drawing only: @turf/buffer around corridors (Turf projects to a local azimuthal
// equidistant plane and offsets there), @turf/circle (geodesic, 64 steps) around places; with several
// targets the zones are merged with @turf/union. Membership never depends on the polygon.
import turfBuffer from '@turf/buffer';
import turfCircle from '@turf/circle';
import turfUnion from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { CORRIDOR_KINDS, type CorridorKind, type CorridorStatus } from '../data/schema';
import {
  type AnalysisContext,
  corridorStatusSet,
  DISTANCE_NOTE,
  leftOutOf,
  PARK_POINT_NOTE,
  type ParkRef,
  parkRef,
  parkStatusSet,
  requireLayers,
  UNKNOWN_STATUS_NOTE,
} from './context';
import { degreeBox } from './geo';
import type { LeftOutFeature } from './intake';
import { LOGISTICS_KINDS, type LogisticsKind } from './logistics';
import { type AnalysisParkStatus, lineGeometry } from './pack';
import { type AnalysisResult, checkDistanceKm, fail, guard, ok } from './result';

export type WithinTarget =
  | { type: 'corridor'; id: string }
  | { type: 'kind'; kind: CorridorKind }
  | { type: 'place'; id: string }
  | { type: 'logistics'; kind: LogisticsKind };

export interface WithinOptions {
  target: WithinTarget;
  km: number;
  /** For a corridor kind: which corridor statuses count (default all). Ignored for one corridor id. */
  corridorStatuses?: CorridorStatus[];
  parkStatuses?: AnalysisParkStatus[];
  /** Build the zone polygon (default true). */
  zone?: boolean;
}

export interface WithinRow {
  park: ParkRef;
  distance_km: number;
  /** The target feature nearest to the park and the nearest point on it. */
  nearest: { id: string; name_en: string; name_vi: string; point: [number, number] };
}

export interface WithinReport {
  target: WithinTarget;
  target_ids: string[];
  km: number;
  parks: WithinRow[];
  zone: Feature<Polygon | MultiPolygon> | null;
  zone_method: string;
  /** Parks with status 'unknown' that the park-status filter left out (say so). */
  filtered_unknown_status_park_ids: string[];
  /** Parks and targets (corridors or places) the entry check left out, with the reason. */
  left_out: LeftOutFeature[];
  notes: string[];
}

export function withinDistance(ctx: AnalysisContext, options: WithinOptions): AnalysisResult<WithinReport> {
  return guard(() => {
    if (!options || typeof options !== 'object' || !options.target) {
      return fail('empty_selection', 'Choose a corridor, a corridor kind or a place.');
    }
    const bad = checkDistanceKm(options.km);
    if (bad) return bad;
    const { target, km } = options;
    const ps = parkStatusSet(options.parkStatuses);
    if (ps.error) return ps.error;
    const missing = requireLayers(
      ctx,
      'parks',
      target.type === 'corridor' || target.type === 'kind' ? 'corridors' : 'places',
    );
    if (missing) return missing;
    const parkAttrs = ctx.layers.parks!.attrs;
    const parkMask = Uint8Array.from(parkAttrs, (a) => (ps.set.has(a.status) ? 1 : 0));
    const pc = ctx.layers.parks!.coords;
    const rows: WithinRow[] = [];
    let targetIds: string[];
    let zone: Feature<Polygon | MultiPolygon> | null = null;
    let zoneMethod: string;

    if (target.type === 'corridor' || target.type === 'kind') {
      const cattrs = ctx.layers.corridors!.attrs;
      let mask: Uint8Array;
      if (target.type === 'corridor') {
        const f = cattrs.findIndex((a) => a.id === target.id);
        if (f < 0) return fail('unknown_corridor', `No corridor with id "${target.id}".`, { id: target.id });
        mask = ctx.corridors!.mask((g) => g === f);
      } else {
        if (!CORRIDOR_KINDS.includes(target.kind)) {
          return fail('unknown_kind', `Unknown corridor kind "${String(target.kind)}".`, {
            kind: target.kind,
          });
        }
        const cs = corridorStatusSet(options.corridorStatuses);
        if (cs.error) return cs.error;
        mask = ctx.corridors!.mask((g) => cattrs[g]!.kind === target.kind && cs.set.has(cattrs[g]!.status));
      }
      const features: number[] = [];
      mask.forEach((m, f) => {
        if (m === 1) features.push(f);
      });
      if (features.length === 0) return fail('empty_selection', 'No corridor matches the selection.');
      targetIds = features.map((f) => cattrs[f]!.id);
      // Candidate parks: those in a target corridor's bbox grown by km (kdbush), then exact.
      const seen = new Uint8Array(parkAttrs.length);
      for (const f of features) {
        const [minX, minY, maxX, maxY] = ctx.corridors!.featureBbox(f);
        const poleward = Math.abs(minY) > Math.abs(maxY) ? minY : maxY;
        const b = degreeBox((minX + maxX) / 2, poleward, km + ctx.corridors!.featureBulgeKm[f]!);
        for (const i of ctx.parks!.inBox(minX - b.dLon, minY - b.dLat, maxX + b.dLon, maxY + b.dLat)) {
          if (seen[i] === 1 || parkMask[i] !== 1) continue;
          seen[i] = 1;
          const hit = ctx.corridors!.nearest(pc[2 * i]!, pc[2 * i + 1]!, mask, km);
          if (!hit) continue;
          const a = cattrs[hit.feature]!;
          rows.push({
            park: parkRef(ctx, i),
            distance_km: hit.distanceKm,
            nearest: { id: a.id, name_en: a.name_en, name_vi: a.name_vi, point: hit.point },
          });
        }
      }
      zoneMethod =
        '@turf/buffer around each corridor (local azimuthal equidistant projection), merged with @turf/union';
      if (options.zone !== false) zone = corridorZone(ctx, features, km);
    } else {
      const places = ctx.layers.places!;
      let items: number[];
      if (target.type === 'place') {
        const p = places.attrs.findIndex((a) => a.id === target.id);
        if (p < 0) return fail('unknown_place', `No place with id "${target.id}".`, { id: target.id });
        items = [p];
      } else {
        if (!LOGISTICS_KINDS.includes(target.kind)) {
          return fail('unknown_kind', `Unknown logistics kind "${String(target.kind)}".`, {
            kind: target.kind,
          });
        }
        items = ctx.placeLogistics.flatMap((k, i) => (k === target.kind ? [i] : []));
        if (items.length === 0) return fail('empty_selection', 'No place matches the selection.');
      }
      targetIds = items.map((i) => places.attrs[i]!.id);
      const best = new Map<number, WithinRow>();
      for (const t of items) {
        const lon = places.coords[2 * t]!;
        const lat = places.coords[2 * t + 1]!;
        const a = places.attrs[t]!;
        for (const hit of ctx.parks!.within(lon, lat, km, parkMask)) {
          const prev = best.get(hit.item);
          if (prev && prev.distance_km <= hit.distanceKm) continue;
          best.set(hit.item, {
            park: parkRef(ctx, hit.item),
            distance_km: hit.distanceKm,
            nearest: { id: a.id, name_en: a.name_en, name_vi: a.name_vi, point: [lon, lat] },
          });
        }
      }
      rows.push(...best.values());
      zoneMethod = '@turf/circle (geodesic, 64 steps) around each place, merged with @turf/union';
      if (options.zone !== false) {
        zone = merge(
          items.map((t) =>
            turfCircle([places.coords[2 * t]!, places.coords[2 * t + 1]!], km, {
              units: 'kilometers',
              steps: 64,
            }),
          ),
        );
      }
    }
    rows.sort((a, b) => a.distance_km - b.distance_km || a.park.id.localeCompare(b.park.id));
    return ok({
      target,
      target_ids: targetIds,
      km,
      parks: rows,
      zone,
      zone_method: zoneMethod,
      filtered_unknown_status_park_ids: ps.set.has('unknown')
        ? []
        : parkAttrs.filter((a) => a.status === 'unknown').map((a) => a.id),
      left_out: leftOutOf(
        ctx,
        'parks',
        target.type === 'corridor' || target.type === 'kind' ? 'corridors' : 'places',
      ),
      notes: [
        PARK_POINT_NOTE,
        DISTANCE_NOTE,
        UNKNOWN_STATUS_NOTE,
        'The zone polygon is for drawing; membership uses the exact distances.',
      ],
    });
  });
}

/**
 * The drawing zone of the corridors `features` (indices into the corridors layer) grown by `km`
 * kilometres: @turf/buffer of each (16 steps per quarter circle), merged with @turf/union; null
 * when none gives a polygon. For drawing only: membership uses the exact distances.
 */
export function corridorZone(
  ctx: AnalysisContext,
  features: readonly number[],
  km: number,
): Feature<Polygon | MultiPolygon> | null {
  return merge(
    features.map(
      (f) =>
        turfBuffer(
          { type: 'Feature', geometry: lineGeometry(ctx.layers.corridors!, f), properties: {} },
          km,
          {
            units: 'kilometers',
            steps: 16,
          },
        ) as Feature<Polygon | MultiPolygon>,
    ),
  );
}

function merge(polys: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> | null {
  const valid = polys.filter((p) => p?.geometry);
  if (valid.length === 0) return null;
  if (valid.length === 1) return valid[0]!;
  try {
    return turfUnion({ type: 'FeatureCollection', features: valid }) ?? valid[0]!;
  } catch {
    // Fall back to a MultiPolygon of the parts (overlaps drawn twice) rather than no zone.
    const coords = valid.flatMap((p) =>
      p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates,
    );
    return { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: coords }, properties: {} };
  }
}
