// Structural checks of a GeoJSON geometry: present and non-empty, finite coordinates, lon/lat in
// range, rings closed with at least 4 positions, lines with at least 2, inside the expected region,
// polygons valid (no self-intersection).

import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import type { Geometry, Position } from 'geojson';
import type { Bbox } from '../../src/data/schema.ts';
import { type Issue, issue } from './types.ts';

function checkPosition(p: Position, region: Bbox, problems: Set<string>): void {
  const [lon, lat] = p;
  if (p.length < 2 || typeof lon !== 'number' || typeof lat !== 'number') {
    problems.add('a position has fewer than 2 numbers');
    return;
  }
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    problems.add('a coordinate is NaN or Infinity');
    return;
  }
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    problems.add(`coordinate ${lon},${lat} is out of the lon/lat range (lat/lon swapped?)`);
    return;
  }
  if (lon < region[0] || lon > region[2] || lat < region[1] || lat > region[3]) {
    problems.add(
      `coordinate ${lon.toFixed(5)},${lat.toFixed(5)} lies outside the expected region [${region.join(', ')}]`,
    );
  }
}

function checkRing(ring: Position[], problems: Set<string>): void {
  if (ring.length < 4) {
    problems.add(`a ring has ${ring.length} positions (at least 4 needed)`);
    return;
  }
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) problems.add('a ring is not closed (first position ≠ last)');
}

/** Returns one issue per distinct problem found in the geometry of feature `id`. */
export function validateGeometry(
  layer: string,
  id: string,
  geometry: Geometry | null,
  region: Bbox,
): Issue[] {
  if (!geometry) return [issue('geometry.empty', layer, id, 'the feature has no geometry')];
  const problems = new Set<string>();
  const positions: Position[] = [];
  switch (geometry.type) {
    case 'Point':
      positions.push(geometry.coordinates);
      break;
    case 'MultiPoint':
      positions.push(...geometry.coordinates);
      break;
    case 'LineString':
      if (geometry.coordinates.length < 2) problems.add('a line has fewer than 2 positions');
      positions.push(...geometry.coordinates);
      break;
    case 'MultiLineString':
      for (const line of geometry.coordinates) {
        if (line.length < 2) problems.add('a line has fewer than 2 positions');
        positions.push(...line);
      }
      break;
    case 'Polygon':
      for (const ring of geometry.coordinates) {
        checkRing(ring, problems);
        positions.push(...ring);
      }
      break;
    case 'MultiPolygon':
      for (const poly of geometry.coordinates) {
        if (poly.length === 0) problems.add('a polygon has no rings');
        for (const ring of poly) {
          checkRing(ring, problems);
          positions.push(...ring);
        }
      }
      break;
    default:
      problems.add(`unsupported geometry type ${geometry.type}`);
  }
  if (positions.length === 0 && geometry.type !== 'GeometryCollection') {
    return [issue('geometry.empty', layer, id, `the ${geometry.type} has no coordinates`)];
  }
  for (const p of positions) checkPosition(p, region, problems);
  // OGC validity (self-intersections, bad holes) only when the structure is sound.
  if (problems.size === 0 && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
    const n = kinks(geometry).features.length;
    if (n > 0) problems.add(`the polygon is not valid (${n} self-intersection${n === 1 ? '' : 's'})`);
    else if (!booleanValid(geometry)) problems.add('the polygon is not valid (bad ring or hole)');
  }
  return [...problems].map((p) => issue(ruleOf(p), layer, id, p));
}

function ruleOf(problem: string): string {
  if (problem.includes('NaN')) return 'geometry.finite';
  if (problem.includes('lon/lat range')) return 'geometry.range';
  if (problem.includes('expected region')) return 'geometry.region';
  if (problem.includes('not closed')) return 'geometry.ring_closed';
  if (problem.includes('not valid')) return 'geometry.valid';
  return 'geometry.structure';
}
