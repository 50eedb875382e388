// Point-in-polygon over many polygons at once: a flatbush index over every ring EDGE, queried with
// the horizontal ray from the point eastwards (the degenerate box [x, y, maxX, y]). Each returned edge
// that crosses the ray flips the parity of its feature (even-odd rule, so holes and multipolygons
// work); a point on an edge counts as inside (like Turf's booleanPointInPolygon default).
import Flatbush from 'flatbush';
import type { PackedPolygons } from './pack';

export class PolygonIndex {
  readonly polygons: PackedPolygons;
  readonly index: Flatbush | null;
  /** Vertex indices of each edge's ends, and the feature it belongs to. */
  readonly edgeA: Uint32Array;
  readonly edgeB: Uint32Array;
  readonly edgeFeature: Uint32Array;
  private readonly parity: Uint8Array;
  private readonly onEdge: Uint8Array;

  constructor(polygons: PackedPolygons) {
    this.polygons = polygons;
    const { featureStarts, polygonStarts, ringStarts, coords } = polygons;
    const as: number[] = [];
    const bs: number[] = [];
    const fs: number[] = [];
    for (let f = 0; f + 1 < featureStarts.length; f++) {
      const r0 = polygonStarts[featureStarts[f]!]!;
      const r1 = polygonStarts[featureStarts[f + 1]!]!;
      for (let r = r0; r < r1; r++) {
        const v0 = ringStarts[r]!;
        const v1 = ringStarts[r + 1]!;
        for (let v = v0; v + 1 < v1; v++) {
          as.push(v);
          bs.push(v + 1);
          fs.push(f);
        }
        const last = v1 - 1;
        // An unclosed ring gets its closing edge.
        if (
          v1 - v0 > 2 &&
          (coords[2 * v0] !== coords[2 * last] || coords[2 * v0 + 1] !== coords[2 * last + 1])
        ) {
          as.push(last);
          bs.push(v0);
          fs.push(f);
        }
      }
    }
    this.edgeA = Uint32Array.from(as);
    this.edgeB = Uint32Array.from(bs);
    this.edgeFeature = Uint32Array.from(fs);
    this.parity = new Uint8Array(polygons.attrs.length);
    this.onEdge = new Uint8Array(polygons.attrs.length);
    if (as.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(as.length);
    for (let i = 0; i < as.length; i++) {
      const ax = coords[2 * as[i]!]!;
      const ay = coords[2 * as[i]! + 1]!;
      const bx = coords[2 * bs[i]!]!;
      const by = coords[2 * bs[i]! + 1]!;
      index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    index.finish();
    this.index = index;
  }

  /** Indices of every feature containing (x, y) (boundary included), ascending. */
  containing(x: number, y: number): number[] {
    const index = this.index;
    if (!index) return [];
    const { parity, onEdge, edgeA, edgeB, edgeFeature } = this;
    parity.fill(0);
    onEdge.fill(0);
    const c = this.polygons.coords;
    index.search(x, y, Math.max(x, index.maxX), y, (i) => {
      const a = edgeA[i]!;
      const b = edgeB[i]!;
      const ax = c[2 * a]!;
      const ay = c[2 * a + 1]!;
      const bx = c[2 * b]!;
      const by = c[2 * b + 1]!;
      const f = edgeFeature[i]!;
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (
        cross === 0 &&
        x >= Math.min(ax, bx) &&
        x <= Math.max(ax, bx) &&
        y >= Math.min(ay, by) &&
        y <= Math.max(ay, by)
      ) {
        onEdge[f] = 1;
      } else if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) {
        parity[f] = parity[f]! ^ 1;
      }
      return false;
    });
    const out: number[] = [];
    for (let f = 0; f < parity.length; f++) if (parity[f] === 1 || onEdge[f] === 1) out.push(f);
    return out;
  }

  /** The first feature containing the point, or -1. */
  locate(x: number, y: number): number {
    const all = this.containing(x, y);
    return all.length > 0 ? all[0]! : -1;
  }
}
