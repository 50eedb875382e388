// Point-in-polygon over many polygons at once, agreeing with Turf by construction: a flatbush index
// over the bounding box of every polygon PART narrows the candidates, and Turf's own test
// (@turf/boolean-point-in-polygon, i.e. point-in-polygon-hao) decides for each candidate part.
// So, as in Turf, a feature contains a point when ANY of its parts does (overlapping parts of a
// MultiPolygon do not cancel out, as they would under even-odd counting), a point on an edge or a
// vertex is inside (boundary included), and a point in a hole is outside that part.
// Trade-off: an own crossing test would be faster, but a float crossing test and Turf (which rounds
// before its orientation test) disagree on edge midpoints; equality with the reference comes first.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';
import type { PackedPolygons } from './pack';

export class PolygonIndex {
  readonly polygons: PackedPolygons;
  readonly index: Flatbush | null;
  /** Each part as a GeoJSON Polygon (Turf's input), with the feature it belongs to. */
  private readonly parts: Polygon[];
  private readonly partFeature: Uint32Array;
  private readonly seen: Uint8Array;

  constructor(polygons: PackedPolygons) {
    this.polygons = polygons;
    const { featureStarts, polygonStarts, ringStarts, coords } = polygons;
    const parts: Polygon[] = [];
    const owner: number[] = [];
    const boxes: number[] = [];
    for (let f = 0; f + 1 < featureStarts.length; f++) {
      for (let poly = featureStarts[f]!; poly < featureStarts[f + 1]!; poly++) {
        const rings: Position[][] = [];
        let minX = Infinity;
        let minY = Infinity;
        let maxX = -Infinity;
        let maxY = -Infinity;
        for (let r = polygonStarts[poly]!; r < polygonStarts[poly + 1]!; r++) {
          const ring: Position[] = [];
          for (let v = ringStarts[r]!; v < ringStarts[r + 1]!; v++) {
            const x = coords[2 * v]!;
            const y = coords[2 * v + 1]!;
            ring.push([x, y]);
            // Holes lie inside the outer ring, so the outer ring's box would do; all rings are
            // included in case a hole strays outside (Turf would still test it).
            if (x < minX) minX = x;
            if (y < minY) minY = y;
            if (x > maxX) maxX = x;
            if (y > maxY) maxY = y;
          }
          rings.push(ring);
        }
        if (rings.length === 0 || rings[0]!.length === 0) continue;
        parts.push({ type: 'Polygon', coordinates: rings });
        owner.push(f);
        boxes.push(minX, minY, maxX, maxY);
      }
    }
    this.parts = parts;
    this.partFeature = Uint32Array.from(owner);
    this.seen = new Uint8Array(polygons.attrs.length);
    if (parts.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(parts.length);
    for (let i = 0; i < parts.length; i++)
      index.add(boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!);
    index.finish();
    this.index = index;
  }

  /** Indices of every feature containing (x, y) (boundary included), ascending. Non-finite → []. */
  containing(x: number, y: number): number[] {
    const index = this.index;
    if (!index || !Number.isFinite(x) || !Number.isFinite(y)) return [];
    const { seen, parts, partFeature } = this;
    seen.fill(0);
    const pt: Position = [x, y];
    for (const i of index.search(x, y, x, y)) {
      const f = partFeature[i]!;
      if (seen[f] === 1) continue;
      if (booleanPointInPolygon(pt, parts[i]!)) seen[f] = 1;
    }
    const out: number[] = [];
    for (let f = 0; f < seen.length; f++) if (seen[f] === 1) out.push(f);
    return out;
  }

  /** The first feature (by index) containing the point, or -1. */
  locate(x: number, y: number): number {
    const all = this.containing(x, y);
    return all.length > 0 ? all[0]! : -1;
  }
}
