// The exact distance from an imported feature (any geometry) to a set of corridors: 0 when they
// cross or a corridor runs inside one of its polygons, else the least of (each of its vertices →
// the corridors) and (each corridor vertex → its lines and rings). Two great-circle arcs that do
// not cross are nearest at an end of one of them (their distance has no interior minimum: the
// common perpendicular of two great circles is where they are farthest apart), so these two terms
// cover every pair of segments and the answer equals a full scan with the distance Turf's geodesic
// point-to-line distance uses (line-index.ts, geo.ts). The indexes only prune which pairs to try.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { arcBulgeKm, degreeBox, EARTH_RADIUS_KM, haversineKm, pointSegmentKm } from './geo';
import type { LineIndex } from './line-index';
import { PointIndex } from './point-index';
import type { UserShape } from './user-shape';

type V3 = [number, number, number];
const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;
/** Closer than this (1 µm, far above double rounding of degrees, far below any survey) is touching. */
export const TOUCH_KM = 1e-9;

const unit = (lon: number, lat: number): V3 => {
  const c = Math.cos(lat * RAD);
  return [c * Math.cos(lon * RAD), c * Math.sin(lon * RAD), Math.sin(lat * RAD)];
};
const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * Whether the great-circle arcs AB and CD (each shorter than a quarter circle) share a point: C and
 * D on opposite sides (or on) AB's plane, A and B likewise for CD's, and the arcs on the same side
 * of the globe. Collinear or degenerate arcs answer false: their distance comes exactly from their
 * end points, so nothing is lost.
 */
export function arcsCross(a: V3, b: V3, c: V3, d: V3): boolean {
  const n1 = cross(a, b);
  const n2 = cross(c, d);
  const sc = dot(n1, c);
  const sd = dot(n1, d);
  const sa = dot(n2, a);
  const sb = dot(n2, b);
  if ((sc === 0 && sd === 0) || (sa === 0 && sb === 0)) return false;
  if (sc * sd > 0 || sa * sb > 0) return false;
  return dot([a[0] + b[0], a[1] + b[1], a[2] + b[2]], [c[0] + d[0], c[1] + d[1], c[2] + d[2]]) > 0;
}

/** A box grown by km on every side (degreeBox at the box's poleward latitude bounds every point). */
function grow(b: readonly number[], km: number): [number, number, number, number] {
  const poleward = Math.abs(b[1]!) > Math.abs(b[3]!) ? b[1]! : b[3]!;
  const { dLon, dLat } = degreeBox((b[0]! + b[2]!) / 2, poleward, km);
  return [b[0]! - dLon, b[1]! - dLat, b[2]! + dLon, b[3]! + dLat];
}

/** The corridors a question is about (features with mask[f] === 1) with their vertices indexed. */
export class CorridorTarget {
  private readonly vertices: Float64Array;
  /** The corridor feature of each vertex in `vertices`. */
  private readonly vertexFeature: Int32Array;
  private readonly vertexIndex: PointIndex;
  private readonly bbox: [number, number, number, number];

  constructor(
    readonly lines: LineIndex,
    readonly mask: Uint8Array,
  ) {
    const { coords, partStarts, featureStarts } = lines.lines;
    const xs: number[] = [];
    const fs: number[] = [];
    const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let f = 0; f < mask.length; f++) {
      if (mask[f] !== 1) continue;
      for (let v = partStarts[featureStarts[f]!]!; v < partStarts[featureStarts[f + 1]!]!; v++) {
        const x = coords[2 * v]!;
        const y = coords[2 * v + 1]!;
        xs.push(x, y);
        fs.push(f);
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
    }
    this.vertices = Float64Array.from(xs);
    this.vertexFeature = Int32Array.from(fs);
    this.vertexIndex = new PointIndex(this.vertices);
    // Grown by the largest arc bulge, so the box holds the arcs and not only their vertices.
    let bulge = 0;
    for (let f = 0; f < mask.length; f++)
      if (mask[f] === 1) bulge = Math.max(bulge, lines.featureBulgeKm[f]!);
    this.bbox = xs.length > 0 ? grow(b, bulge) : b;
  }

  get empty(): boolean {
    return this.vertices.length === 0;
  }

  /**
   * Kilometres from the shape to the nearest of the corridors, when it is ≤ limitKm, and that
   * corridor (`feature`: its index in the corridors layer; of corridors equally near, the first
   * found); null when it is farther (or there is no corridor). Exact (see the file comment); 0 when
   * they meet.
   */
  nearest(shape: UserShape, limitKm = Number.POSITIVE_INFINITY): { km: number; feature: number } | null {
    if (this.empty) return null;
    if (Number.isFinite(limitKm)) {
      const s = grow(shape.bbox, limitKm);
      const c = this.bbox;
      if (s[0] > c[2] || s[2] < c[0] || s[1] > c[3] || s[3] < c[1]) return null;
    }
    let best = Number.POSITIVE_INFINITY;
    let feature = -1;
    // 1. Its vertices → the corridors' segments (through the segment index).
    const vertex = (p: Position) => {
      const hit = this.lines.nearest(p[0]!, p[1]!, this.mask, Math.min(best, limitKm));
      if (hit && hit.distanceKm < best) {
        best = hit.distanceKm;
        feature = hit.feature;
      }
    };
    for (const p of shape.points) vertex(p);
    for (const line of shape.lines) for (const p of line) vertex(p);
    if (best < TOUCH_KM) return { km: 0, feature };
    // 2. Do they meet? A crossing, or a corridor inside one of its polygons.
    const met = this.crosses(shape);
    if (met >= 0) return { km: 0, feature: met };
    const within = this.inside(shape);
    if (within >= 0) return { km: 0, feature: within };
    // 3. The corridors' vertices → its lines and rings, those close enough to matter.
    const radius = Math.min(best, limitKm);
    if (shape.lines.length > 0 && Number.isFinite(radius)) {
      const [minX, minY, maxX, maxY] = grow(shape.bbox, radius);
      for (const u of this.vertexIndex.inBox(minX, minY, maxX, maxY)) {
        const q: [number, number] = [this.vertices[2 * u]!, this.vertices[2 * u + 1]!];
        for (const line of shape.lines) {
          for (let i = 0; i + 1 < line.length; i++) {
            const a = line[i]!;
            const b = line[i + 1]!;
            const d = pointSegmentKm(q, [a[0]!, a[1]!], [b[0]!, b[1]!]).km;
            if (d < best) {
              best = d;
              feature = this.vertexFeature[u]!;
            }
          }
        }
      }
    }
    // A vertex on the corridor comes out a few nanometres off (unit-vector rounding): that meets.
    if (best < TOUCH_KM) best = 0;
    return best <= limitKm ? { km: best, feature } : null;
  }

  /** The corridor feature one of the shape's segments crosses a segment of, or −1. */
  private crosses(shape: UserShape): number {
    const index = this.lines.index;
    if (!index) return -1;
    const { coords } = this.lines.lines;
    const { segStart, segFeature } = this.lines;
    for (const line of shape.lines) {
      for (let i = 0; i + 1 < line.length; i++) {
        const [ax, ay] = line[i] as [number, number];
        const [bx, by] = line[i + 1] as [number, number];
        const lengthKm = haversineKm(ax, ay, bx, by);
        const latMax = Math.max(Math.abs(ay), Math.abs(by)) + (lengthKm / EARTH_RADIUS_KM) * DEG;
        const [minX, minY, maxX, maxY] = grow(
          [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)],
          arcBulgeKm(lengthKm, latMax),
        );
        const a = unit(ax, ay);
        const b = unit(bx, by);
        let found = -1;
        index.search(minX, minY, maxX, maxY, (s) => {
          if (found >= 0 || this.mask[segFeature[s]!] !== 1) return false;
          const v = segStart[s]!;
          const c = unit(coords[2 * v]!, coords[2 * v + 1]!);
          const d = unit(coords[2 * v + 2]!, coords[2 * v + 3]!);
          if (arcsCross(a, b, c, d)) found = segFeature[s]!;
          return false;
        });
        if (found >= 0) return found;
      }
    }
    return -1;
  }

  /**
   * The corridor feature with a vertex in one of the shape's polygons (boundary included, as Turf),
   * or −1. Without a crossing, a corridor part is wholly in or wholly out, so its vertices tell.
   */
  private inside(shape: UserShape): number {
    if (shape.polygons.length === 0) return -1;
    const [minX, minY, maxX, maxY] = shape.bbox;
    for (const u of this.vertexIndex.inBox(minX, minY, maxX, maxY)) {
      const q = [this.vertices[2 * u]!, this.vertices[2 * u + 1]!];
      for (const rings of shape.polygons) {
        if (booleanPointInPolygon(q, { type: 'Polygon', coordinates: rings })) return this.vertexFeature[u]!;
      }
    }
    return -1;
  }
}
