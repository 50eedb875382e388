import turfDistance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { degreeBox, haversineKm, pointSegmentKm, ringCentroid } from './geo';
import { seededRandom } from './seeded-random';

describe('geo', () => {
  it('haversine equals @turf/distance', () => {
    expect(haversineKm(106.6, 11, 106.9, 11.3)).toBeCloseTo(turfDistance([106.6, 11], [106.9, 11.3]), 9);
  });

  it('point-to-segment equals Turf geodesic pointToLineDistance (random, 1e-6 relative)', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const p: [number, number] = [106.3 + r() * 0.7, 10.85 + r() * 0.65];
      const a: [number, number] = [106.3 + r() * 0.7, 10.85 + r() * 0.65];
      const b: [number, number] = [a[0] + (r() - 0.5) * 0.4, a[1] + (r() - 0.5) * 0.4];
      const turf = pointToLineDistance(
        p,
        { type: 'LineString', coordinates: [a, b] },
        { method: 'geodesic' },
      );
      const ours = pointSegmentKm(p, a, b).km;
      expect(Math.abs(ours - turf)).toBeLessThanOrEqual(1e-6 * turf + 1e-9);
    }
  });

  it('a point exactly on a segment is at distance 0 and is its own nearest point', () => {
    // A meridian is a great circle: a point on it is on the segment.
    const hit = pointSegmentKm([106.6, 11.05], [106.6, 11], [106.6, 11.2]);
    expect(hit.km).toBeLessThan(1e-9);
    expect(hit.point[1]).toBeCloseTo(11.05, 9);
    // Along a parallel the segment is the great-circle arc (as in Turf), which bulges poleward:
    // the parallel's midpoint is ~1.8 m away, exactly what Turf says.
    const par = pointSegmentKm([106.6, 11], [106.5, 11], [106.7, 11]);
    const turf = pointToLineDistance(
      [106.6, 11],
      {
        type: 'LineString',
        coordinates: [
          [106.5, 11],
          [106.7, 11],
        ],
      },
      { method: 'geodesic' },
    );
    expect(par.km).toBeCloseTo(turf, 9);
    expect(par.km).toBeLessThan(0.002);
    // A vertex
    expect(pointSegmentKm([106.5, 11], [106.5, 11], [106.7, 11.2]).km).toBeLessThan(1e-9);
  });

  it('a zero-length segment is measured as its point', () => {
    const hit = pointSegmentKm([106.6, 11.1], [106.5, 11], [106.5, 11]);
    expect(hit.km).toBeCloseTo(haversineKm(106.6, 11.1, 106.5, 11), 9);
    expect(hit.point).toEqual([106.5, 11]);
  });

  it('degreeBox contains every point within the radius', () => {
    const r = seededRandom(3);
    for (let i = 0; i < 5000; i++) {
      const lat = (r() - 0.5) * 170;
      const km = r() * 3000;
      const box = degreeBox(0, lat, km);
      const plon = (r() - 0.5) * 2 * Math.min(180, box.dLon * 1.5);
      const plat = lat + (r() - 0.5) * 2 * box.dLat * 1.5;
      if (Math.abs(plat) > 90) continue;
      if (haversineKm(0, lat, plon, plat) <= km) {
        expect(Math.abs(plat - lat)).toBeLessThanOrEqual(box.dLat);
        expect(Math.abs(plon)).toBeLessThanOrEqual(box.dLon);
      }
    }
  });

  it('ring centroid of a regular polygon is its centre', () => {
    const ring = Array.from({ length: 65 }, (_, i) => {
      const a = ((i % 64) / 64) * 2 * Math.PI;
      return [106.6 + 0.01 * Math.cos(a), 11 + 0.01 * Math.sin(a)];
    });
    const [x, y] = ringCentroid(ring);
    expect(x).toBeCloseTo(106.6, 10);
    expect(y).toBeCloseTo(11, 10);
  });
});
