// Builds the indexes once per data load. Every analysis function takes this context.
import turfArea from '@turf/area';
import { CORRIDOR_STATUSES, type CorridorStatus } from '../data/schema';
import type { AnalysisLayer, LeftOutFeature } from './intake';
import { LineIndex } from './line-index';
import { type LogisticsKind, logisticsKindOf } from './logistics';
import type { AnalysisParkStatus, PackedLayers, ParkAttrs } from './pack';
import { ANALYSIS_PARK_STATUSES, polygonGeometry } from './pack';
import { PointIndex } from './point-index';
import { PolygonIndex } from './polygon-index';
import { type AnalysisError, fail } from './result';

export interface AnalysisContext {
  layers: PackedLayers;
  corridors: LineIndex | null;
  parks: PointIndex | null;
  places: PointIndex | null;
  /** Logistics sub-kind per place (null: not logistics / unknown). */
  placeLogistics: (LogisticsKind | null)[];
  /** Places whose sub-kind came from the name fallback rather than the explicit table. */
  placeLogisticsByName: string[];
  districts: PolygonIndex | null;
  /** Turf (@turf/area) area of each district, km². */
  districtAreaKm2: number[];
  /** Features the entry check left out (see intake.ts). */
  leftOut: LeftOutFeature[];
  /** District indices ordered by code (then layer order): the order ties on a border are broken in. */
  districtRank: Uint32Array;
  /** Index build times, ms. */
  buildMs: { corridors: number; parks: number; places: number; districts: number };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function createContext(layers: PackedLayers): AnalysisContext {
  const t0 = now();
  const corridors = layers.corridors ? new LineIndex(layers.corridors) : null;
  const t1 = now();
  const parks = layers.parks ? new PointIndex(layers.parks.coords) : null;
  const t2 = now();
  const places = layers.places ? new PointIndex(layers.places.coords) : null;
  const t3 = now();
  const districts = layers.districts ? new PolygonIndex(layers.districts) : null;
  const districtAreaKm2 = layers.districts
    ? layers.districts.attrs.map((_, i) => turfArea(polygonGeometry(layers.districts!, i)) / 1e6)
    : [];
  const t4 = now();
  const placeLogistics: (LogisticsKind | null)[] = [];
  const placeLogisticsByName: string[] = [];
  for (const p of layers.places?.attrs ?? []) {
    const k = logisticsKindOf(p);
    placeLogistics.push(k?.kind ?? null);
    if (k?.source === 'name') placeLogisticsByName.push(p.id);
  }
  const dattrs = layers.districts?.attrs ?? [];
  const byCode = dattrs.map((_, i) => i).sort((a, b) => codeOrder(dattrs[a]!.code, dattrs[b]!.code) || a - b);
  const districtRank = new Uint32Array(dattrs.length);
  byCode.forEach((d, rank) => {
    districtRank[d] = rank;
  });
  return {
    leftOut: layers.left_out ?? [],
    districtRank,
    layers,
    corridors,
    parks,
    places,
    placeLogistics,
    placeLogisticsByName,
    districts,
    districtAreaKm2,
    buildMs: { corridors: t1 - t0, parks: t2 - t1, places: t3 - t2, districts: t4 - t3 },
  };
}

type LayerName = AnalysisLayer;

/** Codes compare as numbers when both are numeric (GSO codes), else as text; a missing code last. */
function codeOrder(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a.localeCompare(b);
}

/**
 * Every district containing the point (its boundary included, as Turf), ordered by district code:
 * a point on the border of two districts is in both, and the first is the one a single answer uses.
 */
export function districtsAt(ctx: AnalysisContext, x: number, y: number): number[] {
  if (!ctx.districts) return [];
  return ctx.districts.containing(x, y).sort((a, b) => ctx.districtRank[a]! - ctx.districtRank[b]!);
}

/** The left-out entries of the given layers (what a result that uses them carries). */
export function leftOutOf(ctx: AnalysisContext, ...layers: LayerName[]): LeftOutFeature[] {
  return ctx.leftOut.filter((e) => layers.includes(e.layer));
}

/** Ids of the parks counted as 'unknown' status (no status, or one outside the schema's list). */
export function unknownStatusParkIds(ctx: AnalysisContext): string[] {
  return (ctx.layers.parks?.attrs ?? []).filter((a) => a.status === 'unknown').map((a) => a.id);
}

/** missing_layer error naming the first absent layer, or null. */
export function requireLayers(
  ctx: AnalysisContext | null | undefined,
  ...names: LayerName[]
): AnalysisError | null {
  if (!ctx) return fail('not_loaded', 'No data is loaded for analysis yet.');
  for (const name of names) {
    const layer = ctx.layers[name];
    if (!layer || layer.attrs.length === 0) {
      return fail('missing_layer', `The ${name} layer is not loaded (or has no features).`, { layer: name });
    }
  }
  return null;
}

/** Validates a status list (undefined = all); error on an unknown value or an empty list. */
export function statusSet<S extends string>(
  given: readonly string[] | undefined,
  all: readonly S[],
  what: string,
): { set: Set<S>; error: null } | { set: null; error: AnalysisError } {
  if (given === undefined) return { set: new Set(all), error: null };
  if (!Array.isArray(given) || given.length === 0) {
    return { set: null, error: fail('empty_selection', `No ${what} status is selected.`, { what }) };
  }
  for (const s of given) {
    if (!(all as readonly string[]).includes(s)) {
      return {
        set: null,
        error: fail('unknown_status', `Unknown ${what} status "${s}" (expected one of ${all.join(', ')}).`, {
          what,
          status: s,
        }),
      };
    }
  }
  return { set: new Set(given as S[]), error: null };
}

export const corridorStatusSet = (given: readonly string[] | undefined) =>
  statusSet<CorridorStatus>(given, CORRIDOR_STATUSES, 'corridor');
/** Park statuses include 'unknown' (parks with no status): all by default, and it can be picked. */
export const parkStatusSet = (given: readonly string[] | undefined) =>
  statusSet<AnalysisParkStatus>(given, ANALYSIS_PARK_STATUSES, 'park');

/** A park as the UI shows it in a result row. */
export interface ParkRef {
  id: string;
  name_vi: string;
  name_en: string;
  status: AnalysisParkStatus;
  district_code: string;
  area_ha: number | null;
  /** The point distances are measured from. */
  point: [number, number];
  point_source: ParkAttrs['point_source'];
}

export function parkRef(ctx: AnalysisContext, i: number): ParkRef {
  const a = ctx.layers.parks!.attrs[i]!;
  const c = ctx.layers.parks!.coords;
  return {
    id: a.id,
    name_vi: a.name_vi,
    name_en: a.name_en,
    status: a.status,
    district_code: a.district_code,
    area_ha: a.area_ha,
    point: [c[2 * i]!, c[2 * i + 1]!],
    point_source: a.point_source,
  };
}

export interface CorridorHit {
  id: string;
  name_vi: string;
  name_en: string;
  kind: string;
  status: CorridorStatus;
  distance_km: number;
  /** Nearest point on the corridor, for drawing a connector. */
  point: [number, number];
}

export function corridorHit(
  ctx: AnalysisContext,
  feature: number,
  distanceKm: number,
  point: [number, number],
): CorridorHit {
  const a = ctx.layers.corridors!.attrs[feature]!;
  return {
    id: a.id,
    name_vi: a.name_vi,
    name_en: a.name_en,
    kind: a.kind,
    status: a.status,
    distance_km: distanceKm,
    point,
  };
}

export const DISTANCE_NOTE =
  'Distances are great-circle (haversine, R = 6371.0088 km, as Turf) from the park point to the exact nearest point of each line segment.';
export const UNKNOWN_STATUS_NOTE =
  "A park with no status (or one outside the list) has status 'unknown': it is kept, shown as 'status unknown', counted in its own column, and included by a status filter only when 'unknown' is picked.";
export const PARK_POINT_NOTE =
  'A park is measured from its point: the point itself when the layer gives one, else the centroid of its schematic footprint (a circle of the stated area, so its centre).';
