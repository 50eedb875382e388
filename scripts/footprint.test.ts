import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { circleWithArea } from './footprint.ts';

describe('circleWithArea', () => {
  it.each([17, 212.84, 1000])('gives a closed 64-gon of %s ha within 0.01 %%', (ha) => {
    const poly = circleWithArea(106.7, 11.1, ha);
    const ring = poly.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(Math.abs(turfArea(poly) / 10_000 - ha) / ha).toBeLessThan(1e-4);
  });
  it('rejects a non-positive area', () => {
    expect(() => circleWithArea(106.7, 11, 0)).toThrow();
  });
});
