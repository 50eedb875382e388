// GeoJSON back from chunks, only for what a user selects or exports (issue 10 §2): one feature at a
// time, so a 1M-feature layer never exists as objects.
import type { Feature, Geometry, Position } from 'geojson';
import { vertexRange } from './feature-ids';
import { textAt } from './text-dictionary';
import { type BinaryChunk, GEOMETRY_CODE } from './types';

/** The first index in sorted `a` (from lo to hi−1) whose value is ≥ v (hi when none). */
function lowerBound(a: ArrayLike<number>, v: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices k of the parts (starts[k], starts[k+1]) that begin in [from, to). */
function partsIn(starts: ArrayLike<number>, from: number, to: number): [number, number] {
  const parts = starts.length - 1; // the last entry is the end
  const a = lowerBound(starts, from, 0, parts);
  return [a, lowerBound(starts, to, a, parts)];
}

function position(chunk: BinaryChunk, xy: Float32Array, v: number): Position {
  return [chunk.origin[0] + xy[2 * v]!, chunk.origin[1] + xy[2 * v + 1]!];
}

function run(chunk: BinaryChunk, xy: Float32Array, from: number, to: number): Position[] {
  const out: Position[] = [];
  for (let v = from; v < to; v++) out.push(position(chunk, xy, v));
  return out;
}

/** Properties of local feature `i` from the columns: null for NaN / code 0; text stays text. */
export function propertiesAt(chunk: BinaryChunk, i: number): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [name, c] of Object.entries(chunk.columns)) {
    if (c.kind === 'number') {
      const v = c.values[i]!;
      out[name] = Number.isNaN(v) ? null : v;
    } else {
      const code = c.codes[i]!;
      out[name] = code === 0 ? null : textAt(c.dictionary, code - 1);
    }
  }
  return out;
}

/** The geometry of local feature `i` (positions are origin + float32 offset: see types.ts). */
export function geometryAt(chunk: BinaryChunk, i: number): Geometry | null {
  const code = chunk.geometryTypes[i];
  if (code === undefined || code === GEOMETRY_CODE.none) return null;
  const { points, lines, polygons } = chunk;
  const [p0, p1] = vertexRange(points.featureStarts.value, i);
  const pointList = run(chunk, points.positions.value, p0, p1);

  const [l0, l1] = vertexRange(lines.featureStarts.value, i);
  const paths = lines.pathIndices.value;
  const [a, b] = partsIn(paths, l0, l1);
  const lineList: Position[][] = [];
  for (let k = a; k < b; k++) lineList.push(run(chunk, lines.positions.value, paths[k]!, paths[k + 1]!));

  const [q0, q1] = vertexRange(polygons.featureStarts.value, i);
  const polys = polygons.polygonIndices.value;
  const rings = polygons.primitivePolygonIndices.value;
  const [c, d] = partsIn(polys, q0, q1);
  const polygonList: Position[][][] = [];
  for (let k = c; k < d; k++) {
    const [r0, r1] = partsIn(rings, polys[k]!, polys[k + 1]!);
    const polygon: Position[][] = [];
    for (let r = r0; r < r1; r++)
      polygon.push(run(chunk, polygons.positions.value, rings[r]!, rings[r + 1]!));
    polygonList.push(polygon);
  }

  switch (code) {
    case GEOMETRY_CODE.Point:
      return { type: 'Point', coordinates: pointList[0] ?? [] };
    case GEOMETRY_CODE.MultiPoint:
      return { type: 'MultiPoint', coordinates: pointList };
    case GEOMETRY_CODE.LineString:
      return { type: 'LineString', coordinates: lineList[0] ?? [] };
    case GEOMETRY_CODE.MultiLineString:
      return { type: 'MultiLineString', coordinates: lineList };
    case GEOMETRY_CODE.Polygon:
      return { type: 'Polygon', coordinates: polygonList[0] ?? [] };
    case GEOMETRY_CODE.MultiPolygon:
      return { type: 'MultiPolygon', coordinates: polygonList };
    default:
      // A GeometryCollection: its members by family (the order across families is not kept).
      return {
        type: 'GeometryCollection',
        geometries: [
          ...pointList.map((coordinates): Geometry => ({ type: 'Point', coordinates })),
          ...lineList.map((coordinates): Geometry => ({ type: 'LineString', coordinates })),
          ...polygonList.map((coordinates): Geometry => ({ type: 'Polygon', coordinates })),
        ],
      };
  }
}

/**
 * Local feature `i` (0 … chunk.count − 1) of a chunk as GeoJSON: its geometry type as imported,
 * positions within the float32 precision stated in types.ts, properties from the columns (text
 * columns give strings: a boolean comes back as "true"/"false", an object as its JSON). Throws a
 * RangeError for an index outside the chunk.
 */
export function featureAt(chunk: BinaryChunk, i: number): Feature<Geometry | null> {
  if (!Number.isInteger(i) || i < 0 || i >= chunk.count) {
    throw new RangeError(`feature ${i} is not in a chunk of ${chunk.count}`);
  }
  return { type: 'Feature', geometry: geometryAt(chunk, i), properties: propertiesAt(chunk, i) };
}

/**
 * Every feature of `chunks` (in layer order) whose layer ordinal `keep` accepts (all without it),
 * built one at a time: for exports of a large layer.
 */
export function* featuresOfChunks(
  chunks: Iterable<BinaryChunk>,
  keep?: (ordinal: number) => boolean,
): Generator<Feature<Geometry | null>> {
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.count; i++) {
      if (!keep || keep(chunk.first + i)) yield featureAt(chunk, i);
    }
  }
}
