// Measure a user-drawn (or any) geometry: length of lines, area and perimeter of polygons (Turf is
// the reference). Rings are cleaned first (repeated vertices from a closing click on the first
// vertex or a double click dropped, the ring closed). A self-intersecting polygon has no meaningful
// area: it is refused with `self_intersection` and the crossing points (from @turf/kinks) for the UI
// to mark. Rings that only TOUCH at a point (a hole touching the outer ring, a ring pinched at one
// vertex) are valid and measured: see `polygonKinks`.
import turfArea from '@turf/area';
import turfKinks from '@turf/kinks';
import turfLength from '@turf/length';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { cleanRing } from './intake';
import { type AnalysisResult, fail, guard, ok } from './result';

export interface Measurement {
  kind: 'line' | 'polygon';
  /** Lines: geodesic length; polygons: perimeter (all rings). km. */
  length_km: number;
  /** Polygons only (holes subtracted), km² and ha; null for lines. */
  area_km2: number | null;
  area_ha: number | null;
}

const validPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

function validLine(line: unknown): boolean {
  return Array.isArray(line) && line.length >= 2 && line.every(validPosition);
}

/** The ring closed and without repeated vertices, or null when it has < 3 distinct valid positions. */
function usableRing(ring: unknown): Position[] | null {
  if (!Array.isArray(ring) || !ring.every(validPosition)) return null;
  return cleanRing(ring.map((p) => [p[0]!, p[1]!]));
}

export function measureGeometry(input: Geometry | Feature | null | undefined): AnalysisResult<Measurement> {
  return guard<Measurement>(() => {
    const g: Geometry | null | undefined =
      input && input.type === 'Feature' ? input.geometry : (input as Geometry);
    if (!g || typeof g !== 'object') return fail('empty_selection', 'Nothing to measure.');
    switch (g.type) {
      case 'LineString':
      case 'MultiLineString': {
        const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
        if (lines.length === 0 || !lines.every(validLine)) {
          return fail('invalid_geometry', 'A line needs at least two valid [longitude, latitude] positions.');
        }
        return ok({
          kind: 'line',
          length_km: turfLength({ type: 'Feature', geometry: g, properties: {} }),
          area_km2: null,
          area_ha: null,
        });
      }
      case 'Polygon':
      case 'MultiPolygon': {
        const raw = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        const polys = Array.isArray(raw)
          ? raw.map((p) => (Array.isArray(p) && p.length > 0 ? p.map(usableRing) : [null]))
          : [];
        if (polys.length === 0 || !polys.every((p) => p.every((r) => r !== null))) {
          return fail(
            'invalid_geometry',
            'A polygon ring needs at least three distinct valid [longitude, latitude] positions.',
          );
        }
        const clean = polys as Position[][][];
        const cleaned: Polygon | MultiPolygon =
          g.type === 'Polygon'
            ? { type: 'Polygon', coordinates: clean[0]! }
            : { type: 'MultiPolygon', coordinates: clean };
        const kinks = polygonKinks(cleaned);
        if (kinks.length > 0) {
          return fail(
            'self_intersection',
            'The polygon crosses itself; its area is undefined. Redraw it without crossings.',
            {
              points: kinks,
            },
          );
        }
        const feature: Feature<Polygon | MultiPolygon> = {
          type: 'Feature',
          geometry: cleaned,
          properties: {},
        };
        const km2 = turfArea(feature) / 1e6;
        return ok({ kind: 'polygon', length_km: turfLength(feature), area_km2: km2, area_ha: km2 * 100 });
      }
      default:
        return fail(
          'invalid_geometry',
          `Cannot measure a ${String((g as Geometry).type)}; draw a line or a polygon.`,
        );
    }
  });
}

/**
 * Crossing points of a polygon's rings (each polygon checked on its own), from @turf/kinks. Turf
 * also reports points where rings merely touch (two segments sharing an end point); such a point is
 * kept only when the rings really cross there: at a touching point, each pass of a ring through it
 * has two directions (to the previous and the next vertex, or both ways along a segment it lies on),
 * and two passes cross when their directions interleave around the point. Pass rings cleaned
 * (closed, no repeated vertices), as `measureGeometry` does.
 */
export function polygonKinks(g: Polygon | MultiPolygon): [number, number][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: [number, number][] = [];
  for (const rings of polys) {
    const fc = turfKinks({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: rings },
      properties: {},
    });
    for (const f of fc.features) {
      const p: [number, number] = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
      if (out.some((q) => near(q, p))) continue;
      if (crossesAt(rings, p)) out.push(p);
    }
  }
  return out;
}

// Turf computes a touching point as start + 1·(end − start), which may differ from the vertex in the
// last bits: positions within this many degrees (≈ 0.1 mm) are the same point.
const EPS = 1e-9;
const near = (a: Position, b: Position) => Math.abs(a[0]! - b[0]!) <= EPS && Math.abs(a[1]! - b[1]!) <= EPS;

/** True unless `p` is a vertex (or lies on a segment end) where the rings only touch. */
function crossesAt(rings: Position[][], p: [number, number]): boolean {
  const passes: [number, number][] = [];
  let atVertex = false;
  for (const ring of rings) {
    const n = ring.length - 1; // closed: ring[n] equals ring[0]
    for (let i = 0; i < n; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      if (near(a, p)) {
        atVertex = true;
        const prev = ring[(i - 1 + n) % n]!;
        passes.push([angle(p, prev), angle(p, b)]);
      } else if (!near(b, p) && onSegment(p, a, b)) {
        passes.push([angle(p, a), angle(p, b)]);
      }
    }
  }
  if (!atVertex) return true;
  for (let i = 0; i < passes.length; i++)
    for (let j = i + 1; j < passes.length; j++) if (interleave(passes[i]!, passes[j]!)) return true;
  return false;
}

const angle = (p: Position, q: Position) => Math.atan2(q[1]! - p[1]!, q[0]! - p[0]!);

function onSegment(p: Position, a: Position, b: Position): boolean {
  const cross = (b[0]! - a[0]!) * (p[1]! - a[1]!) - (b[1]! - a[1]!) * (p[0]! - a[0]!);
  const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
  if (Math.abs(cross) > EPS * len) return false;
  const t = ((p[0]! - a[0]!) * (b[0]! - a[0]!) + (p[1]! - a[1]!) * (b[1]! - a[1]!)) / (len * len);
  return t > 0 && t < 1;
}

/** Whether exactly one of pass b's directions lies strictly inside the ccw arc between pass a's. */
function interleave(a: [number, number], b: [number, number]): boolean {
  const TAU = 2 * Math.PI;
  const rel = (x: number) => (((x - a[0]) % TAU) + TAU) % TAU;
  const span = rel(a[1]);
  const inside = (x: number) => {
    const r = rel(x);
    return r > 1e-12 && r < span - 1e-12;
  };
  const shared = (x: number) => rel(x) <= 1e-12 || Math.abs(rel(x) - span) <= 1e-12;
  if (shared(b[0]) || shared(b[1])) return false; // a shared edge direction: touching, not crossing
  return inside(b[0]) !== inside(b[1]);
}
