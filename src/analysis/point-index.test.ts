import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo';
import { PointIndex } from './point-index';

describe('PointIndex', () => {
  const coords: number[] = [];
  let s = 5;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  for (let i = 0; i < 500; i++) coords.push(106.3 + r() * 0.7, 10.85 + r() * 0.65);
  const idx = new PointIndex(Float64Array.from(coords));

  it('nearest equals a brute-force scan, including far queries and masks', () => {
    const mask = Uint8Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? 1 : 0));
    for (let q = 0; q < 200; q++) {
      const lon = 100 + r() * 15;
      const lat = 5 + r() * 15;
      for (const m of [null, mask]) {
        let best = Number.POSITIVE_INFINITY;
        let bi = -1;
        for (let i = 0; i < 500; i++) {
          if (m && m[i] !== 1) continue;
          const d = haversineKm(lon, lat, coords[2 * i]!, coords[2 * i + 1]!);
          if (d < best) {
            best = d;
            bi = i;
          }
        }
        const hit = idx.nearest(lon, lat, m)!;
        expect(hit.item).toBe(bi);
        expect(hit.distanceKm).toBeCloseTo(best, 9);
      }
    }
  });

  it('within returns exactly the points within the radius, nearest first', () => {
    const hits = idx.within(106.6, 11.1, 7);
    const expected = [...Array(500).keys()].filter(
      (i) => haversineKm(106.6, 11.1, coords[2 * i]!, coords[2 * i + 1]!) <= 7,
    );
    expect(hits.map((h) => h.item).sort((a, b) => a - b)).toEqual(expected);
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]!.distanceKm).toBeGreaterThanOrEqual(hits[i - 1]!.distanceKm);
  });

  it('nearest with maxKm, and an empty index', () => {
    expect(idx.nearest(0, 0, null, 100)).toBeNull();
    expect(new PointIndex(new Float64Array()).nearest(106, 11)).toBeNull();
  });
});
