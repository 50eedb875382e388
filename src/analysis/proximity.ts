// Nearest corridor of each kind and nearest logistics place of each sub-kind, for every park.
import { CORRIDOR_KINDS, type CorridorKind, type CorridorStatus } from '../data/schema';
import { forEachChunked, type LongWorkOptions } from './cancel';
import {
  type AnalysisContext,
  type CorridorHit,
  corridorHit,
  corridorStatusSet,
  DISTANCE_NOTE,
  leftOutOf,
  PARK_POINT_NOTE,
  type ParkRef,
  parkRef,
  parkStatusSet,
  requireLayers,
  UNKNOWN_STATUS_NOTE,
  unknownStatusParkIds,
} from './context';
import type { LeftOutFeature } from './intake';
import { LOGISTICS_KINDS, type LogisticsKind } from './logistics';
import type { AnalysisParkStatus } from './pack';
import { type AnalysisError, type AnalysisResult, fail, guard, guardAsync, ok } from './result';

export interface PlaceHit {
  id: string;
  name_vi: string;
  name_en: string;
  logistics_kind: LogisticsKind;
  distance_km: number;
  point: [number, number];
}

export interface ParkProximityRow {
  park: ParkRef;
  corridors: Record<CorridorKind, CorridorHit | null>;
  logistics: Record<LogisticsKind, PlaceHit | null>;
}

export interface ParkProximityOptions {
  /** Corridor statuses that count (default: all — existing, under_construction, planned). */
  corridorStatuses?: CorridorStatus[];
  /** Parks to include by status (default: all, 'unknown' included). */
  parkStatuses?: AnalysisParkStatus[];
  /** Only these parks (default: all). */
  parkIds?: string[];
}

export interface ParkProximityReport {
  rows: ParkProximityRow[];
  corridor_statuses: CorridorStatus[];
  /** Parks in `rows` whose status is 'unknown' (kept, shown as such). */
  unknown_status_park_ids: string[];
  /** Parks with status 'unknown' that the park-status filter left out of `rows` (say so). */
  filtered_unknown_status_park_ids: string[];
  /** Parks, corridors and places the entry check left out (no location…), with the reason. */
  left_out: LeftOutFeature[];
  notes: string[];
}

interface Plan {
  parks: number[];
  kindMasks: [CorridorKind, Uint8Array][];
  placeMasks: [LogisticsKind, Uint8Array][];
  statuses: CorridorStatus[];
  filteredUnknown: string[];
}

function plan(ctx: AnalysisContext, options: ParkProximityOptions): Plan | AnalysisError {
  const missing = requireLayers(ctx, 'parks', 'corridors', 'places');
  if (missing) return missing;
  const cs = corridorStatusSet(options.corridorStatuses);
  if (cs.error) return cs.error;
  const ps = parkStatusSet(options.parkStatuses);
  if (ps.error) return ps.error;
  const attrs = ctx.layers.parks!.attrs;
  let parks = attrs.map((_, i) => i).filter((i) => ps.set.has(attrs[i]!.status));
  if (options.parkIds !== undefined) {
    const wanted = new Set(options.parkIds);
    const unknown = options.parkIds.filter((id) => !attrs.some((a) => a.id === id));
    if (unknown.length > 0)
      return fail('empty_selection', `Unknown park id(s): ${unknown.join(', ')}.`, { ids: unknown });
    parks = parks.filter((i) => wanted.has(attrs[i]!.id));
  }
  if (parks.length === 0) return fail('empty_selection', 'No park matches the selection.');
  const lines = ctx.corridors!;
  const cattrs = ctx.layers.corridors!.attrs;
  const kindMasks = CORRIDOR_KINDS.map(
    (k) =>
      [k, lines.mask((f) => cattrs[f]!.kind === k && cs.set.has(cattrs[f]!.status))] as [
        CorridorKind,
        Uint8Array,
      ],
  );
  const placeMasks = LOGISTICS_KINDS.map(
    (k) => [k, Uint8Array.from(ctx.placeLogistics, (l) => (l === k ? 1 : 0))] as [LogisticsKind, Uint8Array],
  );
  const filteredUnknown = ps.set.has('unknown')
    ? []
    : attrs.filter((a) => a.status === 'unknown').map((a) => a.id);
  return { parks, kindMasks, placeMasks, statuses: [...cs.set], filteredUnknown };
}

function row(ctx: AnalysisContext, p: Plan, i: number): ParkProximityRow {
  const c = ctx.layers.parks!.coords;
  const lon = c[2 * i]!;
  const lat = c[2 * i + 1]!;
  const corridors = {} as Record<CorridorKind, CorridorHit | null>;
  for (const [kind, mask] of p.kindMasks) {
    const hit = mask.includes(1) ? ctx.corridors!.nearest(lon, lat, mask) : null;
    corridors[kind] = hit ? corridorHit(ctx, hit.feature, hit.distanceKm, hit.point) : null;
  }
  const logistics = {} as Record<LogisticsKind, PlaceHit | null>;
  const places = ctx.layers.places!;
  for (const [kind, mask] of p.placeMasks) {
    const hit = ctx.places!.nearest(lon, lat, mask);
    if (!hit) {
      logistics[kind] = null;
      continue;
    }
    const a = places.attrs[hit.item]!;
    logistics[kind] = {
      id: a.id,
      name_vi: a.name_vi,
      name_en: a.name_en,
      logistics_kind: kind,
      distance_km: hit.distanceKm,
      point: [places.coords[2 * hit.item]!, places.coords[2 * hit.item + 1]!],
    };
  }
  return { park: parkRef(ctx, i), corridors, logistics };
}

function report(ctx: AnalysisContext, p: Plan, rows: ParkProximityRow[]): ParkProximityReport {
  const unknown = new Set(unknownStatusParkIds(ctx));
  return {
    rows,
    corridor_statuses: p.statuses,
    unknown_status_park_ids: rows.filter((r) => unknown.has(r.park.id)).map((r) => r.park.id),
    filtered_unknown_status_park_ids: p.filteredUnknown,
    left_out: leftOutOf(ctx, 'parks', 'corridors', 'places'),
    notes: [
      PARK_POINT_NOTE,
      DISTANCE_NOTE,
      UNKNOWN_STATUS_NOTE,
      `Corridors counted: status ${p.statuses.join(', ')}.`,
      'Logistics sub-kinds (port, airport, icd, station) come from an explicit table of place ids.',
    ],
  };
}

export function parkProximity(
  ctx: AnalysisContext,
  options: ParkProximityOptions = {},
): AnalysisResult<ParkProximityReport> {
  return guard(() => {
    const p = plan(ctx, options);
    if ('ok' in p) return p;
    return ok(
      report(
        ctx,
        p,
        p.parks.map((i) => row(ctx, p, i)),
      ),
    );
  });
}

/** The same, in chunks: reports progress and stops (error 'cancelled') when the signal aborts. */
export function parkProximityAsync(
  ctx: AnalysisContext,
  options: ParkProximityOptions = {},
  work: LongWorkOptions = {},
): Promise<AnalysisResult<ParkProximityReport>> {
  return guardAsync(async () => {
    const p = plan(ctx, options);
    if ('ok' in p) return p;
    const rows: ParkProximityRow[] = new Array(p.parks.length);
    await forEachChunked(
      p.parks.length,
      (k) => {
        rows[k] = row(ctx, p, p.parks[k]!);
      },
      { chunkSize: 500, ...work },
    );
    return ok(report(ctx, p, rows));
  });
}
