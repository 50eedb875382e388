// Nearest-point and within-radius queries over a kdbush index of lon/lat points. kdbush has only a
// box query, so `nearest` grows a box (degreeBox: provably contains every point within r km) until
// it holds an accepted point p, then runs one last box query of radius d(p); the true nearest is in
// that box, so the answer equals a full haversine scan (ties to the lower item index).
import KDBush from 'kdbush';
import { degreeBox, haversineKm } from './geo';

export interface PointHit {
  item: number;
  distanceKm: number;
}

export class PointIndex {
  readonly coords: Float64Array;
  readonly index: KDBush | null;

  constructor(coords: Float64Array) {
    this.coords = coords;
    const n = coords.length / 2;
    if (n === 0) {
      this.index = null;
      return;
    }
    const index = new KDBush(n);
    for (let i = 0; i < n; i++) index.add(coords[2 * i]!, coords[2 * i + 1]!);
    index.finish();
    this.index = index;
  }

  get size(): number {
    return this.coords.length / 2;
  }

  distanceKm(i: number, lon: number, lat: number): number {
    return haversineKm(lon, lat, this.coords[2 * i]!, this.coords[2 * i + 1]!);
  }

  private rangeKm(lon: number, lat: number, km: number): number[] {
    const { dLon, dLat } = degreeBox(lon, lat, km);
    return this.index!.range(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
  }

  /** Every accepted point within km of (lon, lat), nearest first. */
  within(lon: number, lat: number, km: number, mask: Uint8Array | null = null): PointHit[] {
    if (!this.index) return [];
    const out: PointHit[] = [];
    for (const i of this.rangeKm(lon, lat, km)) {
      if (mask && mask[i] !== 1) continue;
      const d = this.distanceKm(i, lon, lat);
      if (d <= km) out.push({ item: i, distanceKm: d });
    }
    return out.sort((a, b) => a.distanceKm - b.distanceKm || a.item - b.item);
  }

  /** Items (unsorted, unchecked) whose point lies in a lon/lat box. */
  inBox(minX: number, minY: number, maxX: number, maxY: number): number[] {
    return this.index ? this.index.range(minX, minY, maxX, maxY) : [];
  }

  nearest(
    lon: number,
    lat: number,
    mask: Uint8Array | null = null,
    maxKm = Number.POSITIVE_INFINITY,
  ): PointHit | null {
    if (!this.index) return null;
    const best = (ids: number[]): PointHit | null => {
      let hit: PointHit | null = null;
      for (const i of ids) {
        if (mask && mask[i] !== 1) continue;
        const d = this.distanceKm(i, lon, lat);
        if (!hit || d < hit.distanceKm || (d === hit.distanceKm && i < hit.item))
          hit = { item: i, distanceKm: d };
      }
      return hit;
    };
    let r = Math.min(2, maxKm);
    for (;;) {
      const hit = best(this.rangeKm(lon, lat, r));
      if (hit) {
        if (hit.distanceKm <= r) return hit.distanceKm <= maxKm ? hit : null;
        const final = best(this.rangeKm(lon, lat, hit.distanceKm));
        return final && final.distanceKm <= maxKm ? final : null;
      }
      if (r >= maxKm) return null;
      if (r > 25_000) {
        // The box already spans the globe: nothing accepted exists.
        return null;
      }
      r = Math.min(r * 4, maxKm);
    }
  }
}
