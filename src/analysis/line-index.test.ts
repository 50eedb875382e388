import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';
import { packLines } from './pack';
import { seededRandom } from './seeded-random';
import { corridor } from './test-fixtures';

describe('LineIndex', () => {
  it('a point exactly on a segment has distance 0', () => {
    const idx = new LineIndex(
      packLines([
        corridor('b', [
          [106.7, 11],
          [106.7, 11.2],
        ]),
        corridor('a', [
          [106.6, 10.9],
          [106.6, 11.2],
        ]),
      ]),
    );
    const hit = idx.nearest(106.6, 11)!;
    expect(idx.lines.attrs[hit.feature]!.id).toBe('a');
    expect(hit.distanceKm).toBeLessThan(1e-9);
    expect(hit.point[0]).toBeCloseTo(106.6, 9);
    expect(hit.point[1]).toBeCloseTo(11, 9);
  });

  it('handles a degenerate zero-length segment', () => {
    const idx = new LineIndex(
      packLines([
        corridor('dup', [
          [106.5, 11],
          [106.5, 11],
          [106.6, 11],
        ]),
        corridor('pt', [
          [106.55, 11.05],
          [106.55, 11.05],
        ]),
      ]),
    );
    const hit = idx.nearest(106.55, 11.06)!;
    expect(idx.lines.attrs[hit.feature]!.id).toBe('pt');
    expect(hit.point).toEqual([106.55, 11.05]);
    expect(hit.distanceKm).toBeCloseTo(1.112, 2);
    const onDup = idx.nearest(106.5, 10.99)!;
    expect(idx.lines.attrs[onDup.feature]!.id).toBe('dup');
  });

  it('a park equidistant to two corridors gets one of them, at the common distance', () => {
    // Two meridians symmetric about the park: equal distances (up to rounding; ties go to the lower index).
    const idx = new LineIndex(
      packLines([
        corridor('west', [
          [106.5, 10.9],
          [106.5, 11.1],
        ]),
        corridor('east', [
          [106.7, 10.9],
          [106.7, 11.1],
        ]),
      ]),
    );
    const hit = idx.nearest(106.6, 11)!;
    expect(['west', 'east']).toContain(idx.lines.attrs[hit.feature]!.id);
    const west = idx.nearest(
      106.6,
      11,
      idx.mask((f) => f === 0),
    )!;
    const east = idx.nearest(
      106.6,
      11,
      idx.mask((f) => f === 1),
    )!;
    expect(Math.abs(west.distanceKm - east.distanceKm)).toBeLessThan(1e-9);
    expect(hit.distanceKm).toBeCloseTo(west.distanceKm, 9);
    // An exact tie (the same corridor twice) goes to the lower index.
    const dup = new LineIndex(
      packLines([
        corridor('first', [
          [106.5, 11],
          [106.5, 11.1],
        ]),
        corridor('second', [
          [106.5, 11],
          [106.5, 11.1],
        ]),
      ]),
    );
    expect(dup.lines.attrs[dup.nearest(106.6, 11.05)!.feature]!.id).toBe('first');
  });

  it('respects the mask and maxKm', () => {
    const idx = new LineIndex(
      packLines([
        corridor('a', [
          [106.5, 11],
          [106.7, 11],
        ]),
        corridor('b', [
          [106.5, 11.2],
          [106.7, 11.2],
        ]),
      ]),
    );
    expect(
      idx.nearest(
        106.6,
        11.01,
        idx.mask((f) => f === 1),
      )!.feature,
    ).toBe(1);
    expect(idx.nearest(106.6, 11.05, null, 1)).toBeNull();
    expect(
      idx.nearest(
        106.6,
        11.05,
        idx.mask(() => false),
      ),
    ).toBeNull();
    expect(new LineIndex(packLines([])).nearest(106, 11)).toBeNull();
  });

  it('equals a naive Turf scan on random walks', () => {
    const r = seededRandom(11);
    const lines = Array.from({ length: 30 }, (_, k) => {
      let x = 106.3 + r() * 0.7;
      let y = 10.85 + r() * 0.65;
      const coords = [[x, y]];
      for (let i = 0; i < 40; i++) {
        x += (r() - 0.5) * 0.02;
        y += (r() - 0.5) * 0.02;
        coords.push([x, y]);
      }
      return corridor(`c${k}`, coords);
    });
    const idx = new LineIndex(packLines(lines));
    for (let i = 0; i < 200; i++) {
      const p: [number, number] = [106.2 + r() * 0.9, 10.75 + r() * 0.85];
      let best = Number.POSITIVE_INFINITY;
      let bestK = -1;
      lines.forEach((l, k) => {
        const d = pointToLineDistance(p, l.geometry as never, { method: 'geodesic' });
        if (d < best) {
          best = d;
          bestK = k;
        }
      });
      const hit = idx.nearest(p[0], p[1])!;
      expect(hit.feature).toBe(bestK);
      expect(Math.abs(hit.distanceKm - best) / best).toBeLessThan(1e-5);
    }
  });
});
