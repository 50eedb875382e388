// Measure a user-drawn (or any) geometry: length of lines, area and perimeter of polygons (Turf is
// the reference). A self-intersecting polygon has no meaningful area: it is refused with
// `self_intersection` and the crossing points (from @turf/kinks) for the UI to mark.
import turfArea from '@turf/area';
import turfKinks from '@turf/kinks';
import turfLength from '@turf/length';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
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

function validRing(ring: unknown): boolean {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(validPosition)) return false;
  const a = ring[0] as Position;
  const b = ring[ring.length - 1] as Position;
  return a[0] === b[0] && a[1] === b[1];
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
        const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        if (
          polys.length === 0 ||
          !polys.every((p) => Array.isArray(p) && p.length > 0 && p.every(validRing))
        ) {
          return fail(
            'invalid_geometry',
            'A polygon ring needs at least four valid positions, the last equal to the first.',
          );
        }
        const kinks = polygonKinks(g);
        if (kinks.length > 0) {
          return fail(
            'self_intersection',
            'The polygon crosses itself; its area is undefined. Redraw it without crossings.',
            {
              points: kinks,
            },
          );
        }
        const feature: Feature<Polygon | MultiPolygon> = { type: 'Feature', geometry: g, properties: {} };
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

/** Self-intersection points of a polygon's rings (each polygon checked on its own). */
export function polygonKinks(g: Polygon | MultiPolygon): [number, number][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: [number, number][] = [];
  for (const rings of polys) {
    const fc = turfKinks({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: rings },
      properties: {},
    });
    for (const f of fc.features) out.push([f.geometry.coordinates[0]!, f.geometry.coordinates[1]!]);
  }
  return out;
}
