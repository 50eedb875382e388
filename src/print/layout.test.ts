import { describe, expect, it } from 'vitest';
import { type Box, pageLayout, paperMm, paperPx, screenLayout } from './layout';

const inside = (b: Box, w: number, h: number) =>
  b.x >= 0 && b.y >= 0 && b.w > 0 && b.h > 0 && b.x + b.w <= w + 1e-6 && b.y + b.h <= h + 1e-6;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('paper sizes', () => {
  it('ISO 216 in millimetres, turned for landscape', () => {
    expect(paperMm('A4', 'portrait')).toEqual([210, 297]);
    expect(paperMm('A4', 'landscape')).toEqual([297, 210]);
    expect(paperMm('A3', 'portrait')).toEqual([297, 420]);
    expect(paperMm('A3', 'landscape')).toEqual([420, 297]);
  });
  it('in pixels at a resolution (210 mm / 25.4 × 300 = 2480.3)', () => {
    expect(paperPx('A4', 'portrait', 300)).toEqual([2480, 3508]);
    expect(paperPx('A4', 'landscape', 300)).toEqual([3508, 2480]);
    expect(paperPx('A3', 'portrait', 300)).toEqual([3508, 4961]);
    expect(paperPx('A3', 'landscape', 300)).toEqual([4961, 3508]);
    expect(paperPx('A4', 'portrait', 96)).toEqual([794, 1123]);
  });
});

describe('pageLayout', () => {
  for (const [w, h] of [
    [3508, 2480],
    [2480, 3508],
    [4961, 3508],
    [794, 1123],
  ] as const) {
    it(`${w} × ${h}: every part on the page, none over another`, () => {
      const l = pageLayout(w, h);
      const parts = [l.title, l.map, l.legend, l.footer];
      for (const p of parts) expect(inside(p, w, h)).toBe(true);
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i]!, parts[j]!)).toBe(false);
      expect(l.title.y).toBeLessThan(l.map.y);
      expect(l.footer.y).toBeGreaterThan(l.map.y + l.map.h - 1e-6);
    });
  }
  it('puts the legend beside the map on landscape, under it on portrait', () => {
    const land = pageLayout(3508, 2480);
    expect(land.legend.x).toBeGreaterThan(land.map.x + land.map.w);
    expect(land.map.w).toBeGreaterThan(land.legend.w * 2);
    const port = pageLayout(2480, 3508);
    expect(port.legend.y).toBeGreaterThan(port.map.y + port.map.h);
    expect(port.legend.w).toBeCloseTo(port.map.w, 6);
  });
  it('scales with the page: 300 dpi is 300/96 of the 96 dpi page', () => {
    const small = pageLayout(794, 1123);
    const big = pageLayout(2480, 3508);
    expect(big.map.w / small.map.w).toBeCloseTo(2480 / 794, 1);
  });
});

describe('screenLayout', () => {
  it('keeps the map at its on-screen size, legend 260 px at its right', () => {
    const l = screenLayout(800, 600);
    expect(l.map).toEqual({ x: 24, y: 80, w: 800, h: 600 });
    // 800 + 260 + three 24 px gaps; 600 + 56 title + 64 footer + two 24 px margins.
    expect([l.width, l.height]).toEqual([1132, 768]);
    expect(l.legend.x).toBe(848);
    expect(overlap(l.map, l.legend)).toBe(false);
    expect(overlap(l.map, l.footer)).toBe(false);
  });
});
