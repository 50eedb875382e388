// An imported feature's geometry as the user-layer analyses see it: its points, its lines (line
// parts and polygon rings alike, for distances) and its polygons (for containment and areas).
// Any GeoJSON geometry, collections included; null when it has no usable position (a null geometry,
// an empty one, or any non-finite coordinate: better to leave a feature out, and say so, than to
// measure part of it).
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface UserShape {
  /** Point and MultiPoint positions. */
  points: Position[];
  /** LineString parts and every polygon ring, each a run of ≥ 2 positions. */
  lines: Position[][];
  /** The polygons (rings as given; first outer). */
  polygons: Position[][][];
  /** [minX, minY, maxX, maxY] of every position. */
  bbox: [number, number, number, number];
}

const finite = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** The shape of a geometry, or null (see the file comment). */
export function userShape(geometry: Geometry | null | undefined): UserShape | null {
  const shape: UserShape = {
    points: [],
    lines: [],
    polygons: [],
    bbox: [Infinity, Infinity, -Infinity, -Infinity],
  };
  let bad = false;
  const touch = (p: unknown): Position | null => {
    if (!finite(p)) {
      bad = true;
      return null;
    }
    const b = shape.bbox;
    if (p[0]! < b[0]) b[0] = p[0]!;
    if (p[1]! < b[1]) b[1] = p[1]!;
    if (p[0]! > b[2]) b[2] = p[0]!;
    if (p[1]! > b[3]) b[3] = p[1]!;
    return p;
  };
  const line = (coords: unknown): Position[] | null => {
    if (!Array.isArray(coords)) {
      bad = true;
      return null;
    }
    const out = coords.map(touch).filter((p): p is Position => p !== null);
    return out.length >= 2 ? out : null;
  };
  const polygon = (rings: unknown): void => {
    const ok = Array.isArray(rings)
      ? rings.map(line).filter((r): r is Position[] => r !== null && r.length >= 4)
      : [];
    if (ok.length === 0 || ok.length !== (rings as unknown[]).length) {
      bad = true;
      return;
    }
    shape.polygons.push(ok);
    shape.lines.push(...ok);
  };
  const visit = (g: Geometry | null | undefined): void => {
    if (!g || typeof g !== 'object') return;
    switch (g.type) {
      case 'Point':
        if (touch(g.coordinates)) shape.points.push(g.coordinates);
        break;
      case 'MultiPoint':
        for (const p of g.coordinates) if (touch(p)) shape.points.push(p);
        break;
      case 'LineString': {
        const l = line(g.coordinates);
        if (l) shape.lines.push(l);
        break;
      }
      case 'MultiLineString':
        for (const part of g.coordinates) {
          const l = line(part);
          if (l) shape.lines.push(l);
        }
        break;
      case 'Polygon':
        polygon(g.coordinates);
        break;
      case 'MultiPolygon':
        for (const p of g.coordinates) polygon(p);
        break;
      case 'GeometryCollection':
        for (const child of g.geometries) visit(child);
        break;
      default:
        bad = true;
    }
  };
  visit(geometry);
  if (bad || (shape.points.length === 0 && shape.lines.length === 0)) return null;
  return shape;
}

/** The shape's polygons as one GeoJSON geometry (null when it has none). */
export function polygonsOf(shape: UserShape): Polygon | MultiPolygon | null {
  if (shape.polygons.length === 0) return null;
  return shape.polygons.length === 1
    ? { type: 'Polygon', coordinates: shape.polygons[0]! }
    : { type: 'MultiPolygon', coordinates: shape.polygons };
}
