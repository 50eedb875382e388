// The one entry check of the analysis: every feature passes here on its way into the packed layers
// (pack.ts), in the worker, the command line and the tests alike. What a layer's analyses can use is
// cleaned (rings closed, degenerate rings and parts dropped) and kept; the rest is left out with a
// typed reason that every result carries (`left_out`), so no feature disappears without a word.
// Missing attributes are not reasons to leave a park out: a missing status is 'unknown' (see
// pack.ts); only corridors whose kind or status is unknown are left out of the filters that need it.
import type { Geometry, Position } from 'geojson';

export type AnalysisLayer = 'districts' | 'parks' | 'corridors' | 'places';

export type LeftOutReason =
  /** Null geometry, or a coordinate that is NaN, infinite or outside ±180° / ±90°. */
  | 'no_location'
  /** A geometry type this layer's analyses cannot use (a park drawn as a line, a GeometryCollection…). */
  | 'unsupported_geometry'
  /** The right type but nothing usable in it (no positions, a ring of fewer than 3 distinct points…). */
  | 'empty_geometry'
  /** Corridors: a kind outside the schema's list; left out of the per-kind columns and filters only. */
  | 'unknown_kind'
  /** Corridors: a status outside the schema's list; left out wherever corridor statuses filter. */
  | 'unknown_status';

export interface LeftOutFeature {
  layer: AnalysisLayer;
  /** Position of the feature in its layer (0-based), for features without an id. */
  index: number;
  /** The feature's id, or `<layer>#<index>` when it has none. */
  id: string;
  name_vi: string;
  name_en: string;
  reason: LeftOutReason;
  /** The geometry type as given (null for a null geometry). */
  geometry_type: string | null;
  /** English sentence naming the feature and what was wrong (CLI, logs; the UI localizes `reason`). */
  message: string;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

/** A position the analysis can use: two finite numbers within ±180° / ±90°. */
export function usablePosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

const typeName = (g: Geometry): string => {
  const t: unknown = g.type;
  return typeof t === 'string' && t !== '' ? t : 'geometry without a type';
};

/** Thrown by the cleaners below; `intake` turns it into a left-out entry. */
class Refusal extends Error {
  constructor(
    readonly reason: LeftOutReason,
    detail: string,
  ) {
    super(detail);
  }
}

function positions(list: unknown, what: string): Position[] {
  if (!Array.isArray(list)) throw new Refusal('empty_geometry', `${what} has no list of positions`);
  for (const p of list) {
    if (!usablePosition(p)) {
      throw new Refusal('no_location', `${what} has a coordinate that is not a finite longitude/latitude`);
    }
  }
  return list.map((p) => [p[0]!, p[1]!]);
}

/** Drops consecutive repeated positions (a double click, a closing click on the first vertex). */
export function dropRepeats(ps: Position[]): Position[] {
  return ps.filter((p, i) => i === 0 || p[0] !== ps[i - 1]![0] || p[1] !== ps[i - 1]![1]);
}

/** A closed ring without repeated positions, or null when fewer than 3 distinct positions remain. */
export function cleanRing(ring: Position[]): Position[] | null {
  const open = dropRepeats(ring);
  while (open.length > 1 && open[0]![0] === open.at(-1)![0] && open[0]![1] === open.at(-1)![1]) open.pop();
  if (open.length < 3) return null;
  return [...open, open[0]!];
}

/** Polygons of a (Multi)Polygon, rings closed, degenerate rings (and polygons whose outer ring is) dropped. */
export function cleanPolygons(g: Geometry): Position[][][] {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    throw new Refusal(
      'unsupported_geometry',
      `the geometry is a ${typeName(g)}, not a Polygon or MultiPolygon`,
    );
  }
  const raw = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(raw)) throw new Refusal('empty_geometry', 'the geometry has no polygons');
  const out: Position[][][] = [];
  for (const poly of raw) {
    if (!Array.isArray(poly) || poly.length === 0) continue;
    const rings = poly.map((r) => cleanRing(positions(r, 'a ring')));
    if (!rings[0]) continue;
    out.push(rings.filter((r): r is Position[] => r !== null));
  }
  if (out.length === 0)
    throw new Refusal('empty_geometry', 'the geometry has no ring of 3 or more distinct positions');
  return out;
}

/**
 * Parts of a (Multi)LineString; parts of fewer than 2 positions are dropped. Repeated positions are
 * kept: the line index measures a zero-length segment as a point, so a line of one repeated position
 * still has a location.
 */
export function cleanLines(g: Geometry): Position[][] {
  if (g.type !== 'LineString' && g.type !== 'MultiLineString') {
    throw new Refusal(
      'unsupported_geometry',
      `the geometry is a ${typeName(g)}, not a LineString or MultiLineString`,
    );
  }
  const raw = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(raw)) throw new Refusal('empty_geometry', 'the geometry has no lines');
  const out = raw.map((part) => positions(part, 'a line')).filter((part) => part.length >= 2);
  if (out.length === 0)
    throw new Refusal('empty_geometry', 'the geometry has no line of 2 or more positions');
  return out;
}

/**
 * The single point of a Point (or a MultiPoint of one position), or the polygons of a footprint
 * (whose centroid the caller takes).
 */
export function cleanPointLike(g: Geometry): { point: Position } | { polygons: Position[][][] } {
  if (g.type === 'Point' || g.type === 'MultiPoint') {
    const list = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(list) || list.length === 0 || (list.length === 1 && list[0]?.length === 0)) {
      throw new Refusal('empty_geometry', `the geometry is an empty ${g.type}`);
    }
    const ps = positions(list, `the ${g.type}`);
    if (ps.length > 1) {
      throw new Refusal(
        'unsupported_geometry',
        `the geometry is a MultiPoint of ${ps.length} points (which one is the park?)`,
      );
    }
    return { point: ps[0]! };
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return { polygons: cleanPolygons(g) };
  throw new Refusal(
    'unsupported_geometry',
    `the geometry is a ${typeName(g)}, not a Point or a Polygon footprint`,
  );
}

/**
 * Runs `clean` on a feature's geometry. Returns its value, or null after pushing a left-out entry
 * (null geometry → no_location; a Refusal → its reason; any other throw → empty_geometry).
 */
export function intake<T>(
  layer: AnalysisLayer,
  index: number,
  properties: Record<string, unknown> | null,
  geometry: Geometry | null | undefined,
  clean: (g: Geometry) => T,
  leftOut: LeftOutFeature[],
): T | null {
  const refuse = (reason: LeftOutReason, detail: string): null => {
    leftOut.push(leftOutEntry(layer, index, properties, reason, geometry?.type ?? null, detail));
    return null;
  };
  if (!geometry || typeof geometry !== 'object')
    return refuse('no_location', 'the geometry is null (no location)');
  try {
    return clean(geometry);
  } catch (err) {
    if (err instanceof Refusal) return refuse(err.reason, err.message);
    return refuse('empty_geometry', `the geometry cannot be read (${(err as Error)?.message})`);
  }
}

export function leftOutEntry(
  layer: AnalysisLayer,
  index: number,
  properties: Record<string, unknown> | null,
  reason: LeftOutReason,
  geometryType: string | null,
  detail: string,
): LeftOutFeature {
  const p = properties ?? {};
  const id = text(p.id) || text(p.code) || `${layer}#${index}`;
  const name = text(p.name_en) || text(p.name_vi);
  const scope =
    reason === 'unknown_kind'
      ? 'kept for "where am I", left out of the per-kind columns and filters'
      : reason === 'unknown_status'
        ? 'left out wherever corridor statuses are filtered'
        : 'left out of the analysis';
  return {
    layer,
    index,
    id,
    name_vi: text(p.name_vi),
    name_en: text(p.name_en),
    reason,
    geometry_type: geometryType,
    message: `${layer} feature "${id}"${name && name !== id ? ` (${name})` : ''}: ${detail}; ${scope} (${reason}).`,
  };
}
