// The analysis works on packed layers: attributes as small plain objects, coordinates as flat
// Float64Arrays with Uint32Array offsets. The same form is built in Node (CLI, tests, bench) and
// posted to the worker with its buffers transferred (see `transferablesOf`).
// Every feature enters through `intake` (intake.ts): what cannot be used is left out and listed in
// `left_out`, never dropped silently.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type CorridorKind,
  type CorridorStatus,
  type LocationConfidence,
  NUMBER_QUALIFIERS,
  type NumberQualifier,
  PARK_STATUSES,
  type ParkStatus,
  type PlaceKind,
} from '../data/schema';
import { ringCentroid } from './geo';
import {
  type AnalysisLayer,
  cleanLines,
  cleanPointLike,
  cleanPolygons,
  intake,
  type LeftOutFeature,
  leftOutEntry,
} from './intake';

/** A park status as the analysis sees it: a missing or unrecognised status is 'unknown'. */
export type AnalysisParkStatus = ParkStatus | 'unknown';
/** The schema's statuses plus 'unknown', in display order (filters accept all of them). */
export const ANALYSIS_PARK_STATUSES: readonly AnalysisParkStatus[] = [...PARK_STATUSES, 'unknown'];

export interface DistrictAttrs {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
  area_km2_official: number | null;
  /** The official area's qualifier (exact, approximate, at_least); null when unknown. */
  area_official_qualifier: NumberQualifier | null;
}

export interface ParkAttrs {
  id: string;
  name_vi: string;
  name_en: string;
  /** 'unknown' when the layer gives no status or one outside the schema's list. */
  status: AnalysisParkStatus;
  district_code: string;
  /** Stated area; null = unknown (never treated as 0). */
  area_ha: number | null;
  /** 'point' = the layer gives a point; 'footprint_centroid' = centroid of the schematic footprint. */
  point_source: 'point' | 'footprint_centroid';
  /** '' when the park's area counts in totals; else why not (it may be the same land as another row). */
  totals_exclusion_reason: string;
  /** Sourced occupancy, % (0–100); null = unknown (absent, or not a number in range). */
  occupancy_pct: number | null;
  /** The year the source gives for it; '' when none. */
  occupancy_year: string;
  /** Its source URL(s), space-separated. */
  occupancy_source: string;
}

export interface CorridorAttrs {
  id: string;
  name_vi: string;
  name_en: string;
  kind: CorridorKind;
  status: CorridorStatus;
}

export interface PlaceAttrs {
  id: string;
  name_vi: string;
  name_en: string;
  kind: PlaceKind;
  location_confidence: LocationConfidence | null;
}

/** Polygons: vertex ranges per ring, ring ranges per polygon, polygon ranges per feature. */
export interface PackedPolygons {
  attrs: DistrictAttrs[];
  coords: Float64Array;
  ringStarts: Uint32Array;
  polygonStarts: Uint32Array;
  featureStarts: Uint32Array;
}

/** Lines: vertex ranges per part, part ranges per feature (a LineString has one part). */
export interface PackedLines {
  attrs: CorridorAttrs[];
  coords: Float64Array;
  partStarts: Uint32Array;
  featureStarts: Uint32Array;
}

export interface PackedPoints<A> {
  attrs: A[];
  /** x0, y0, x1, y1, ... one point per feature. */
  coords: Float64Array;
}

export interface PackedLayers {
  districts?: PackedPolygons;
  parks?: PackedPoints<ParkAttrs>;
  corridors?: PackedLines;
  places?: PackedPoints<PlaceAttrs>;
  /** Features the entry check left out (or out of some filters), in layer order; [] when none. */
  left_out?: LeftOutFeature[];
}

/** Layer features as read; a null geometry (no usable location) is listed as 'no location'. */
type Features = FeatureCollection<Geometry | null> | Feature<Geometry | null>[];

export interface LayerCollections {
  districts?: Features;
  parks?: Features;
  corridors?: Features;
  places?: Features;
}

function featuresOf(input: Features): Feature<Geometry | null>[] {
  return Array.isArray(input) ? input : input.features;
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A percentage in [0, 100], else null (an out-of-range figure is not a usable occupancy). */
const percent = (v: number | null): number | null => (v !== null && v >= 0 && v <= 100 ? v : null);

export function packPolygons(
  features: Feature<Geometry | null>[],
  leftOut: LeftOutFeature[] = [],
): PackedPolygons {
  const attrs: DistrictAttrs[] = [];
  const coords: number[] = [];
  const ringStarts: number[] = [0];
  const polygonStarts: number[] = [0];
  const featureStarts: number[] = [0];
  features.forEach((f, index) => {
    const p = f.properties ?? {};
    const polys = intake('districts', index, p, f.geometry, cleanPolygons, leftOut);
    if (!polys) return;
    attrs.push({
      id: str(p.id) || str(p.code) || `districts#${index}`,
      code: str(p.code),
      name_vi: str(p.name_vi),
      name_en: str(p.name_en),
      area_km2_official: num(p.area_km2_official),
      area_official_qualifier: (NUMBER_QUALIFIERS as readonly unknown[]).includes(p.area_official_qualifier)
        ? (p.area_official_qualifier as NumberQualifier)
        : null,
    });
    for (const poly of polys) {
      for (const ring of poly) {
        for (const pos of ring) coords.push(pos[0]!, pos[1]!);
        ringStarts.push(coords.length / 2);
      }
      polygonStarts.push(ringStarts.length - 1);
    }
    featureStarts.push(polygonStarts.length - 1);
  });
  return {
    attrs,
    coords: Float64Array.from(coords),
    ringStarts: Uint32Array.from(ringStarts),
    polygonStarts: Uint32Array.from(polygonStarts),
    featureStarts: Uint32Array.from(featureStarts),
  };
}

/** GeoJSON MultiPolygon of packed feature i (for Turf). */
export function polygonGeometry(
  p: PackedPolygons,
  i: number,
): { type: 'MultiPolygon'; coordinates: Position[][][] } {
  const out: Position[][][] = [];
  for (let poly = p.featureStarts[i]!; poly < p.featureStarts[i + 1]!; poly++) {
    const rings: Position[][] = [];
    for (let r = p.polygonStarts[poly]!; r < p.polygonStarts[poly + 1]!; r++) {
      const ring: Position[] = [];
      for (let v = p.ringStarts[r]!; v < p.ringStarts[r + 1]!; v++)
        ring.push([p.coords[2 * v]!, p.coords[2 * v + 1]!]);
      rings.push(ring);
    }
    out.push(rings);
  }
  return { type: 'MultiPolygon', coordinates: out };
}

export function packLines(features: Feature<Geometry | null>[], leftOut: LeftOutFeature[] = []): PackedLines {
  const attrs: CorridorAttrs[] = [];
  const coords: number[] = [];
  const partStarts: number[] = [0];
  const featureStarts: number[] = [0];
  features.forEach((f, index) => {
    const p = f.properties ?? {};
    const parts = intake('corridors', index, p, f.geometry, cleanLines, leftOut);
    if (!parts) return;
    const kind = str(p.kind);
    const status = str(p.status);
    // Kept for the analyses that do not filter by kind or status ("where am I"); said so.
    if (!(CORRIDOR_KINDS as readonly string[]).includes(kind))
      leftOut.push(
        leftOutEntry(
          'corridors',
          index,
          p,
          'unknown_kind',
          f.geometry!.type,
          `the kind "${kind}" is not one of the corridor kinds`,
        ),
      );
    if (!(CORRIDOR_STATUSES as readonly string[]).includes(status))
      leftOut.push(
        leftOutEntry(
          'corridors',
          index,
          p,
          'unknown_status',
          f.geometry!.type,
          `the status "${status}" is not one of the corridor statuses`,
        ),
      );
    attrs.push({
      id: str(p.id) || `corridors#${index}`,
      name_vi: str(p.name_vi),
      name_en: str(p.name_en),
      kind: kind as CorridorKind,
      status: status as CorridorStatus,
    });
    for (const part of parts) {
      for (const pos of part) coords.push(pos[0]!, pos[1]!);
      partStarts.push(coords.length / 2);
    }
    featureStarts.push(partStarts.length - 1);
  });
  return {
    attrs,
    coords: Float64Array.from(coords),
    partStarts: Uint32Array.from(partStarts),
    featureStarts: Uint32Array.from(featureStarts),
  };
}

/** GeoJSON geometry of packed line i. */
export function lineGeometry(
  p: PackedLines,
  i: number,
): { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] } {
  const parts: Position[][] = [];
  for (let part = p.featureStarts[i]!; part < p.featureStarts[i + 1]!; part++) {
    const line: Position[] = [];
    for (let v = p.partStarts[part]!; v < p.partStarts[part + 1]!; v++)
      line.push([p.coords[2 * v]!, p.coords[2 * v + 1]!]);
    parts.push(line);
  }
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0]! }
    : { type: 'MultiLineString', coordinates: parts };
}

/**
 * The analysis point of a geometry: a Point (or a one-point MultiPoint) as is; a (Multi)Polygon by
 * the area-weighted centroid of its (largest) outer ring. Park footprints are schematic circles, so
 * this is the circle's centre. Throws the entry check's refusal for anything else (see intake.ts).
 */
export function analysisPoint(g: Geometry): {
  point: [number, number];
  source: 'point' | 'footprint_centroid';
} {
  const c = cleanPointLike(g);
  if ('point' in c) return { point: [c.point[0]!, c.point[1]!], source: 'point' };
  const polys = c.polygons;
  let best = polys[0]!;
  let bestSize = -1;
  for (const poly of polys) {
    const ring = poly[0]!;
    let s = 0;
    for (let i = 0; i < ring.length - 1; i++)
      s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    if (Math.abs(s) > bestSize) {
      bestSize = Math.abs(s);
      best = poly;
    }
  }
  return { point: ringCentroid(best[0]!), source: 'footprint_centroid' };
}

function packPointLayer<A>(
  layer: AnalysisLayer,
  features: Feature<Geometry | null>[],
  leftOut: LeftOutFeature[],
  attrsOf: (p: Record<string, unknown>, index: number, source: 'point' | 'footprint_centroid') => A,
): PackedPoints<A> {
  const attrs: A[] = [];
  const coords: number[] = [];
  features.forEach((f, index) => {
    const p = f.properties ?? {};
    const at = intake(layer, index, p, f.geometry, analysisPoint, leftOut);
    if (!at) return;
    attrs.push(attrsOf(p, index, at.source));
    coords.push(at.point[0], at.point[1]);
  });
  return { attrs, coords: Float64Array.from(coords) };
}

export function packParks(
  features: Feature<Geometry | null>[],
  leftOut: LeftOutFeature[] = [],
): PackedPoints<ParkAttrs> {
  return packPointLayer('parks', features, leftOut, (p, index, source) => {
    const status = str(p.status);
    return {
      id: str(p.id) || `parks#${index}`,
      name_vi: str(p.name_vi),
      name_en: str(p.name_en),
      status: (PARK_STATUSES as readonly string[]).includes(status) ? (status as ParkStatus) : 'unknown',
      district_code: str(p.district_code),
      area_ha: num(p.area_ha),
      point_source: source,
      totals_exclusion_reason: str(p.totals_exclusion_reason),
      occupancy_pct: percent(num(p.occupancy_pct)),
      occupancy_year: str(p.occupancy_year),
      occupancy_source: str(p.occupancy_source),
    };
  });
}

export function packPlaces(
  features: Feature<Geometry | null>[],
  leftOut: LeftOutFeature[] = [],
): PackedPoints<PlaceAttrs> {
  return packPointLayer('places', features, leftOut, (p, index) => ({
    id: str(p.id) || `places#${index}`,
    name_vi: str(p.name_vi),
    name_en: str(p.name_en),
    kind: str(p.kind) as PlaceKind,
    location_confidence: (str(p.location_confidence) || null) as LocationConfidence | null,
  }));
}

/** Packs whichever layers are given; a missing layer stays absent (functions then answer missing_layer). */
export function packLayers(layers: LayerCollections): PackedLayers {
  const leftOut: LeftOutFeature[] = [];
  const out: PackedLayers = { left_out: leftOut };
  if (layers.districts) out.districts = packPolygons(featuresOf(layers.districts), leftOut);
  if (layers.parks) out.parks = packParks(featuresOf(layers.parks), leftOut);
  if (layers.corridors) out.corridors = packLines(featuresOf(layers.corridors), leftOut);
  if (layers.places) out.places = packPlaces(featuresOf(layers.places), leftOut);
  return out;
}

/** The ArrayBuffers of packed layers, for `postMessage(…, transfer)` / Comlink `transfer`. */
export function transferablesOf(layers: PackedLayers): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [];
  if (layers.districts) {
    const d = layers.districts;
    arrays.push(d.coords, d.ringStarts, d.polygonStarts, d.featureStarts);
  }
  if (layers.corridors) {
    const c = layers.corridors;
    arrays.push(c.coords, c.partStarts, c.featureStarts);
  }
  if (layers.parks) arrays.push(layers.parks.coords);
  if (layers.places) arrays.push(layers.places.coords);
  const seen = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) seen.add(a.buffer);
  return [...seen];
}
