import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { packPolygons } from './pack';
import { PolygonIndex } from './polygon-index';
import { district, square } from './test-fixtures';

describe('PolygonIndex', () => {
  const withHole = district('1', [...square(0, 0, 10, 10), square(4, 4, 6, 6)[0]!.slice().reverse()]);
  const multi: Feature<MultiPolygon> = {
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates: [square(20, 0, 22, 2), square(24, 0, 26, 2)] },
    properties: { id: '2', code: '2' },
  };
  const idx = new PolygonIndex(packPolygons([withHole, multi]));

  it('handles holes and multipolygons', () => {
    expect(idx.locate(1, 1)).toBe(0);
    expect(idx.locate(5, 5)).toBe(-1);
    expect(idx.locate(21, 1)).toBe(1);
    expect(idx.locate(23, 1)).toBe(-1);
    expect(idx.locate(25, 1)).toBe(1);
    expect(idx.locate(-1, 1)).toBe(-1);
  });

  it('counts the boundary as inside, like Turf', () => {
    expect(idx.locate(0, 5)).toBe(0);
    expect(idx.locate(10, 10)).toBe(0);
    expect(idx.locate(4, 5)).toBe(0);
  });

  it('agrees with Turf booleanPointInPolygon on random points', () => {
    let s = 9;
    const r = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
    const feats = [withHole, multi] as Feature<Polygon | MultiPolygon>[];
    for (let i = 0; i < 3000; i++) {
      const x = -2 + r() * 30;
      const y = -2 + r() * 14;
      const expected = feats.findIndex((f) => booleanPointInPolygon([x, y], f));
      expect(idx.locate(x, y)).toBe(expected);
    }
  });

  it('a point in the overlap of two parts is inside (any part, as Turf), not cancelled out', () => {
    const overlap: Feature<MultiPolygon> = {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 2, 2), square(1, 1, 3, 3)] },
      properties: { id: 'o', code: 'o' },
    };
    const o = new PolygonIndex(packPolygons([overlap]));
    for (const p of [
      [1.5, 1.5],
      [1, 1.5],
      [2, 2],
      [0.5, 0.5],
      [2.5, 2.5],
      [2.5, 0.5],
    ] as [number, number][]) {
      expect(o.locate(p[0], p[1]), `${p}`).toBe(booleanPointInPolygon(p, overlap) ? 0 : -1);
    }
    expect(o.locate(1.5, 1.5)).toBe(0);
  });

  it('a point on a shared edge or vertex is in both features; NaN is in none', () => {
    const left = district('a', square(0, 0, 1, 1));
    const right = district('b', square(1, 0, 2, 1));
    const two = new PolygonIndex(packPolygons([left, right]));
    expect(two.containing(1, 0.5)).toEqual([0, 1]);
    expect(two.containing(1, 1)).toEqual([0, 1]);
    expect(two.containing(0.3, 1 / 3)).toEqual([0]);
    expect(two.containing(Number.NaN, 0.5)).toEqual([]);
  });
});
