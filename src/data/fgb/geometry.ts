// FlatGeobuf geometries (flat coordinate arrays with ring ends and parts) to GeoJSON.
//
// Every length is checked against what is present: an odd xy count, ends past the positions, not
// increasing or stopping short, and z or m arrays of another length than the positions are damage
// to the file (a FlatGeobufError; the caller names the feature). Whether the coordinates are usable
// (finite, enough positions, closed rings) is the data boundary's judgement (src/data/boundary),
// so an empty or NaN geometry comes back as decoded and is reported there, not here.
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import type { Geometry, Position } from 'geojson';
import { FlatGeobufError } from './types';

/** The flat arrays of one geometry, their lengths checked against each other. */
export function flatArrays(g: FgbGeometry): {
  xy: Float64Array | null;
  z: Float64Array | null;
  count: number;
} {
  const xy = g.xyArray();
  const length = xy?.length ?? 0;
  if (length % 2 !== 0) {
    throw new FlatGeobufError(
      `its geometry's xy array has ${length} number${length === 1 ? '' : 's'}, not x, y pairs.`,
    );
  }
  const count = length / 2;
  const z = g.zArray();
  for (const [name, values] of [
    ['z', z],
    ['m', g.mArray()],
  ] as const) {
    if (values && values.length > 0 && values.length !== count) {
      throw new FlatGeobufError(
        `its geometry's ${name} array has ${values.length} value${values.length === 1 ? '' : 's'} for ${count} positions.`,
      );
    }
  }
  // M values are checked but not returned: GeoJSON has no M (GDAL's GeoJSON writer drops it too).
  return { xy, z: z && z.length > 0 ? z : null, count };
}

/** Positions [x, y] or [x, y, z] of vertex indices from..to-1 (already checked to exist). */
function positions(g: FgbGeometry, from?: number, to?: number): Position[] {
  const { xy, z, count } = flatArrays(g);
  const out: Position[] = [];
  for (let i = from ?? 0; i < (to ?? count); i++) {
    const p: Position = [xy![2 * i]!, xy![2 * i + 1]!];
    if (z) p.push(z[i]!);
    out.push(p);
  }
  return out;
}

/**
 * The [start, end) vertex ranges of the rings or parts a geometry's `ends` split its `count`
 * positions into (one range for no ends). Throws FlatGeobufError for an end past the positions,
 * ends not increasing, or ends that stop short. Shared with the binary decoder (binary-geometry.ts).
 */
export function ringRanges(ends: ArrayLike<number> | null, count: number): [number, number][] {
  if (!ends || ends.length === 0) return count > 0 ? [[0, count]] : [];
  const out: [number, number][] = [];
  let start = 0;
  for (const end of Array.from(ends)) {
    if (end > count) {
      throw new FlatGeobufError(`its geometry has a ring or part end ${end} past its ${count} positions.`);
    }
    if (end <= start) {
      throw new FlatGeobufError(
        `its geometry's ring or part ends are not increasing (${Array.from(ends).join(', ')}).`,
      );
    }
    out.push([start, end]);
    start = end;
  }
  if (start !== count) {
    throw new FlatGeobufError(`its geometry's ring or part ends stop at ${start} of its ${count} positions.`);
  }
  return out;
}

/** Rings of a polygon or lines of a MultiLineString, split at `ends` (checked: increasing, exact). */
function rings(g: FgbGeometry): Position[][] {
  const { count } = flatArrays(g);
  const ends = g.endsArray();
  if (!ends || ends.length === 0) return count > 0 ? [positions(g)] : [];
  return ringRanges(ends, count).map(([from, to]) => positions(g, from, to));
}

function polygonsOf(g: FgbGeometry): Position[][][] {
  const parts = g.partsLength();
  // A MultiPolygon written without parts (one polygon in the geometry itself) is still read.
  if (parts === 0) return flatArrays(g).count > 0 ? [rings(g)] : [];
  const out: Position[][][] = [];
  for (let i = 0; i < parts; i++) {
    const part = g.parts(i);
    out.push(part ? rings(part) : []);
  }
  return out;
}

/**
 * An FGB geometry to GeoJSON, empty coordinates included (the boundary reports them). Triangle
 * becomes a Polygon and TIN / PolyhedralSurface a MultiPolygon (what GDAL's GeoJSON writer does: the
 * shapes are exact, only the "these faces form a surface" meaning is lost). Curves have no GeoJSON
 * form: they are refused with their type name rather than approximated. Throws FlatGeobufError.
 */
export function toGeometry(g: FgbGeometry, headerType: GeometryType): Geometry {
  const type = headerType === GeometryType.Unknown ? g.type() : headerType;
  switch (type) {
    case GeometryType.Point: {
      const all = positions(g);
      if (all.length > 1) throw new FlatGeobufError(`its Point has ${all.length} positions.`);
      return { type: 'Point', coordinates: all[0] ?? [] };
    }
    case GeometryType.MultiPoint:
      return { type: 'MultiPoint', coordinates: positions(g) };
    case GeometryType.LineString:
      if (g.endsArray()?.length) rings(g); // ends on a line must still agree with its positions
      return { type: 'LineString', coordinates: positions(g) };
    case GeometryType.MultiLineString:
      return { type: 'MultiLineString', coordinates: rings(g) };
    case GeometryType.Polygon:
    case GeometryType.Triangle:
      return { type: 'Polygon', coordinates: rings(g) };
    case GeometryType.MultiPolygon:
    case GeometryType.TIN:
    case GeometryType.PolyhedralSurface:
      return { type: 'MultiPolygon', coordinates: polygonsOf(g) };
    case GeometryType.GeometryCollection: {
      const geometries: Geometry[] = [];
      for (let i = 0; i < g.partsLength(); i++) {
        const part = g.parts(i);
        if (!part) throw new FlatGeobufError(`part ${i + 1} of its GeometryCollection cannot be read.`);
        geometries.push(toGeometry(part, GeometryType.Unknown));
      }
      return { type: 'GeometryCollection', geometries };
    }
    default:
      throw new FlatGeobufError(
        `geometry type ${GeometryType[type] ?? type} (a curve or an unknown type) cannot be shown by this 2D viewer.`,
      );
  }
}
