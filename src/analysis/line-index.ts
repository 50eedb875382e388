// Nearest-line queries over a flatbush index of line SEGMENTS (one lon/lat bbox per segment, grown
// by the great-circle bulge bound `arcBulgeKm` so the box holds the whole arc).
//
// Exactness: a query first takes the segment whose bbox is nearest in degree space (flatbush
// `neighbors`, k = 1) and computes its exact distance D; any segment's distance is an upper bound on
// the minimum. It then searches the lon/lat box that provably contains every point within D km
// (`degreeBox`, which widens longitude by 1/cos of the box's poleward latitude) and computes the exact
// distance for every candidate. The nearest segment intersects that box, so the answer equals a full
// scan with the same distance function — the great-circle point-to-arc distance Turf's geodesic
// pointToLineDistance uses (ties go to the lower feature index, then the lower segment).
import Flatbush from 'flatbush';
import {
  arcAngle,
  arcBulgeKm,
  arcNearestPoint,
  chordAngle,
  degreeBox,
  EARTH_RADIUS_KM,
  writeArcFrame,
  writeUnitVector,
} from './geo';
import type { PackedLines } from './pack';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

export interface LineHit {
  /** Feature index in the packed layer. */
  feature: number;
  segment: number;
  distanceKm: number;
  /** Nearest point on the line (for drawing a connector). */
  point: [number, number];
}

export class LineIndex {
  readonly lines: PackedLines;
  readonly index: Flatbush | null;
  /** Start vertex of each segment (its end is the next vertex). */
  readonly segStart: Uint32Array;
  readonly segFeature: Uint32Array;
  /** Unit vectors of the vertices (3 per vertex). */
  private readonly vec: Float64Array;
  /** Arc frames (9 per segment, see writeArcFrame) and whether each is non-degenerate. */
  private readonly frame: Float64Array;
  private readonly frameOk: Uint8Array;
  private readonly q = new Float64Array(3);
  /** Per feature: the largest arc bulge (km) of its segments, for growing vertex bboxes safely. */
  readonly featureBulgeKm: Float64Array;

  constructor(lines: PackedLines) {
    this.lines = lines;
    const { partStarts, featureStarts, coords } = lines;
    let n = 0;
    for (let p = 0; p + 1 < partStarts.length; p++) n += Math.max(0, partStarts[p + 1]! - partStarts[p]! - 1);
    this.segStart = new Uint32Array(n);
    this.segFeature = new Uint32Array(n);
    let s = 0;
    for (let f = 0; f + 1 < featureStarts.length; f++) {
      for (let p = featureStarts[f]!; p < featureStarts[f + 1]!; p++) {
        for (let v = partStarts[p]!; v + 1 < partStarts[p + 1]!; v++) {
          this.segStart[s] = v;
          this.segFeature[s] = f;
          s++;
        }
      }
    }
    const nv = coords.length / 2;
    this.vec = new Float64Array(3 * nv);
    for (let v = 0; v < nv; v++) writeUnitVector(coords[2 * v]!, coords[2 * v + 1]!, this.vec, 3 * v);
    this.frame = new Float64Array(9 * n);
    this.frameOk = new Uint8Array(n);
    this.featureBulgeKm = new Float64Array(lines.attrs.length);
    if (n === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(n);
    const V = this.vec;
    for (let i = 0; i < n; i++) {
      const v = this.segStart[i]!;
      this.frameOk[i] = writeArcFrame(V, 3 * v, V, 3 * v + 3, this.frame, 9 * i) ? 1 : 0;
      const ax = coords[2 * v]!;
      const ay = coords[2 * v + 1]!;
      const bx = coords[2 * v + 2]!;
      const by = coords[2 * v + 3]!;
      const lengthKm =
        chordAngle(V[3 * v]!, V[3 * v + 1]!, V[3 * v + 2]!, V[3 * v + 3]!, V[3 * v + 4]!, V[3 * v + 5]!) *
        EARTH_RADIUS_KM;
      const latMax = Math.max(Math.abs(ay), Math.abs(by)) + (lengthKm / EARTH_RADIUS_KM) * DEG;
      const bulgeKm = arcBulgeKm(lengthKm, latMax);
      const f = this.segFeature[i]!;
      if (bulgeKm > this.featureBulgeKm[f]!) this.featureBulgeKm[f] = bulgeKm;
      const bulgeDeg = (bulgeKm / EARTH_RADIUS_KM) * DEG;
      const bulgeLon = latMax < 89 ? bulgeDeg / Math.cos(latMax * RAD) : 360;
      index.add(
        Math.min(ax, bx) - bulgeLon,
        Math.min(ay, by) - bulgeDeg,
        Math.max(ax, bx) + bulgeLon,
        Math.max(ay, by) + bulgeDeg,
      );
    }
    index.finish();
    this.index = index;
  }

  get segmentCount(): number {
    return this.segStart.length;
  }

  /** Central angle from the unit vector in this.q to segment i. */
  private angle(i: number): number {
    const q = this.q;
    const v = 3 * this.segStart[i]!;
    return arcAngle(
      q[0]!,
      q[1]!,
      q[2]!,
      this.frame,
      9 * i,
      this.frameOk[i] === 1,
      this.vec,
      v,
      this.vec,
      v + 3,
    );
  }

  /** Exact distance (km) from (lon, lat) to segment i. */
  segmentDistanceKm(lon: number, lat: number, i: number): number {
    writeUnitVector(lon, lat, this.q, 0);
    return this.angle(i) * EARTH_RADIUS_KM;
  }

  /**
   * The nearest line to (lon, lat) among features with mask[f] === 1 (all when mask is null), no
   * farther than maxKm; null when there is none.
   */
  nearest(
    lon: number,
    lat: number,
    mask: Uint8Array | null = null,
    maxKm = Number.POSITIVE_INFINITY,
  ): LineHit | null {
    const index = this.index;
    if (!index) return null;
    const segFeature = this.segFeature;
    const filter = mask ? (i: number) => mask[segFeature[i]!] === 1 : undefined;
    let maxDeg = Number.POSITIVE_INFINITY;
    if (Number.isFinite(maxKm)) {
      const b = degreeBox(lon, lat, maxKm);
      maxDeg = Math.hypot(b.dLon, b.dLat);
    }
    const first = index.neighbors(lon, lat, 1, maxDeg, filter);
    if (first.length === 0) return null;
    writeUnitVector(lon, lat, this.q, 0);
    let bestSeg = first[0]!;
    let best = this.angle(bestSeg);
    const radiusKm = Math.min(best * EARTH_RADIUS_KM, maxKm);
    const { dLon, dLat } = degreeBox(lon, lat, radiusKm);
    index.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat, (i) => {
      if (i === bestSeg || (mask && mask[segFeature[i]!] !== 1)) return false;
      const d = this.angle(i);
      if (
        d < best ||
        (d === best &&
          (segFeature[i]! < segFeature[bestSeg]! || (segFeature[i] === segFeature[bestSeg] && i < bestSeg)))
      ) {
        best = d;
        bestSeg = i;
      }
      return false;
    });
    const km = best * EARTH_RADIUS_KM;
    if (km > maxKm) return null;
    return {
      feature: segFeature[bestSeg]!,
      segment: bestSeg,
      distanceKm: km,
      point: this.nearestPoint(bestSeg),
    };
  }

  /** Nearest point of segment i to the point last loaded in this.q. */
  private nearestPoint(i: number): [number, number] {
    const c = this.lines.coords;
    const v = this.segStart[i]!;
    return arcNearestPoint(
      this.q,
      0,
      this.frame,
      9 * i,
      this.frameOk[i] === 1,
      this.vec,
      3 * v,
      [c[2 * v]!, c[2 * v + 1]!],
      this.vec,
      3 * v + 3,
      [c[2 * v + 2]!, c[2 * v + 3]!],
    );
  }

  /** A mask over features: 1 where `accept(featureIndex)` holds. */
  mask(accept: (feature: number) => boolean): Uint8Array {
    const m = new Uint8Array(this.lines.attrs.length);
    for (let f = 0; f < m.length; f++) m[f] = accept(f) ? 1 : 0;
    return m;
  }

  /** Lon/lat bbox of feature f's vertices. */
  featureBbox(f: number): [number, number, number, number] {
    const { coords, partStarts, featureStarts } = this.lines;
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let v = partStarts[featureStarts[f]!]!; v < partStarts[featureStarts[f + 1]!]!; v++) {
      const x = coords[2 * v]!;
      const y = coords[2 * v + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return [minX, minY, maxX, maxY];
  }
}
