// FlatGeobuf geometries (flat coordinate arrays with ring ends and parts) to GeoJSON.
import type { Geometry as FgbGeometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import type { Geometry, Position } from 'geojson';
import { FlatGeobufError } from './types';

/** Pairs of x, y (and z when present) from a geometry's flat arrays, between two vertex indices. */
function positions(g: FgbGeometry, from = 0, to?: number): Position[] {
  const xy = g.xyArray();
  if (!xy) return [];
  const z = g.zArray();
  const end = Math.min(to ?? xy.length / 2, xy.length / 2);
  const out: Position[] = [];
  for (let i = from; i < end; i++) {
    const p: Position = [xy[2 * i]!, xy[2 * i + 1]!];
    if (z && z.length > i) p.push(z[i]!);
    out.push(p);
  }
  return out;
}

function rings(g: FgbGeometry): Position[][] {
  const ends = g.endsArray();
  if (!ends || ends.length === 0) return [positions(g)];
  const out: Position[][] = [];
  let start = 0;
  for (const end of ends) {
    out.push(positions(g, start, end));
    start = end;
  }
  return out;
}

function polygonsOf(g: FgbGeometry): Position[][][] {
  const out: Position[][][] = [];
  for (let i = 0; i < g.partsLength(); i++) {
    const part = g.parts(i);
    if (part && part.xyLength() > 0) out.push(rings(part));
  }
  return out;
}

/**
 * An FGB geometry to GeoJSON; null when it is empty. Triangle becomes a Polygon and TIN /
 * PolyhedralSurface a MultiPolygon (what GDAL's GeoJSON writer does: the shapes are exact, only the
 * "these faces form a surface" meaning is lost). Curves have no GeoJSON form: they are refused with
 * their type name rather than approximated.
 */
export function toGeometry(g: FgbGeometry, headerType: GeometryType): Geometry | null {
  const type = headerType === GeometryType.Unknown ? g.type() : headerType;
  switch (type) {
    case GeometryType.Point: {
      const [p] = positions(g, 0, 1);
      return p ? { type: 'Point', coordinates: p } : null;
    }
    case GeometryType.MultiPoint:
      return g.xyLength() > 0 ? { type: 'MultiPoint', coordinates: positions(g) } : null;
    case GeometryType.LineString:
      return g.xyLength() > 0 ? { type: 'LineString', coordinates: positions(g) } : null;
    case GeometryType.MultiLineString:
      return g.xyLength() > 0 ? { type: 'MultiLineString', coordinates: rings(g) } : null;
    case GeometryType.Polygon:
    case GeometryType.Triangle:
      return g.xyLength() > 0 ? { type: 'Polygon', coordinates: rings(g) } : null;
    case GeometryType.MultiPolygon:
    case GeometryType.TIN:
    case GeometryType.PolyhedralSurface: {
      const polygons = polygonsOf(g);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    case GeometryType.GeometryCollection: {
      const geometries: Geometry[] = [];
      for (let i = 0; i < g.partsLength(); i++) {
        const part = g.parts(i);
        const geometry = part ? toGeometry(part, GeometryType.Unknown) : null;
        if (geometry) geometries.push(geometry);
      }
      return { type: 'GeometryCollection', geometries };
    }
    default:
      throw new FlatGeobufError(
        `geometry type ${GeometryType[type] ?? type} (a curve or an unknown type) cannot be shown by this 2D viewer.`,
      );
  }
}
