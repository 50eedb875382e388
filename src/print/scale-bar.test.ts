import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { niceLength, scaleBar, scaleLabel } from './scale-bar';

describe('niceLength', () => {
  it('takes the largest 1, 2 or 5 × 10ⁿ not above the limit', () => {
    expect(niceLength(1234)).toBe(1000);
    expect(niceLength(1999)).toBe(1000);
    expect(niceLength(2000)).toBe(2000);
    expect(niceLength(4999)).toBe(2000);
    expect(niceLength(5000)).toBe(5000);
    expect(niceLength(9999)).toBe(5000);
    expect(niceLength(10)).toBe(10);
    expect(niceLength(7)).toBe(5);
    expect(niceLength(0.3)).toBe(0.2);
  });
  it('has no length for nothing', () => {
    expect(niceLength(0)).toBeNaN();
    expect(niceLength(-3)).toBeNaN();
    expect(niceLength(Number.POSITIVE_INFINITY)).toBeNaN();
  });
});

describe('scaleBar', () => {
  it('at the equator: one degree of longitude is 111.195 km on turf’s mean-radius sphere', () => {
    // 2π × 6371.0088 km / 360 = 111.19508 km; 1000 px for it: 111.195 m per pixel.
    const bar = scaleBar([0, 0], [1, 0], 1000, 200);
    expect(bar?.metres).toBe(20_000); // 200 px × 111.2 m = 22.2 km → 20 km
    expect(bar?.px).toBeCloseTo(20_000 / 111.19508, 1);
  });
  it('at Bình Dương’s latitude the bar is the nice length at turf’s ground distance', () => {
    const a: [number, number] = [106.5, 11.1];
    const b: [number, number] = [106.8, 11.1];
    const metresPerPx = (distance(a, b, { units: 'kilometers' }) * 1000) / 600;
    const bar = scaleBar(a, b, 600, 150);
    expect(bar).not.toBeNull();
    // 0.3° × 111.195 km × cos 11.1° ≈ 32.7 km over 600 px: 54.6 m/px, 150 px ≈ 8.2 km → 5 km.
    expect(bar?.metres).toBe(5000);
    expect(bar?.px).toBeCloseTo(5000 / metresPerPx, 6);
    expect(bar!.px).toBeLessThanOrEqual(150);
    expect(bar!.px).toBeGreaterThan(150 / 2.5 - 1e-9);
  });
  it('is null for an unplaced map (no ground length) or no room', () => {
    expect(scaleBar([106, 11], [106, 11], 100, 50)).toBeNull();
    expect(scaleBar([106, 11], [107, 11], 0, 50)).toBeNull();
    expect(scaleBar([106, 11], [107, 11], 100, 0)).toBeNull();
  });
});

describe('scaleLabel', () => {
  const num = (v: number) => String(v);
  it('writes metres below a kilometre, whole kilometres from one on', () => {
    expect(scaleLabel(500, num)).toBe('500 m');
    expect(scaleLabel(1000, num)).toBe('1 km');
    expect(scaleLabel(20_000, num)).toBe('20 km');
  });
});
