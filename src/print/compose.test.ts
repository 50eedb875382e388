import { describe, expect, it } from 'vitest';
import { mapPlacement } from './compose';

describe('mapPlacement', () => {
  it('fits the map into its box keeping proportions, centred', () => {
    // A 1000 × 500 map in a 3000 × 2000 box: limited by width, ×3, 1500 high, 250 above and below.
    const p = mapPlacement({ cssWidth: 1000, cssHeight: 500 }, { x: 10, y: 20, w: 3000, h: 2000 });
    expect(p).toEqual({ x: 10, y: 270, w: 3000, h: 1500, scale: 3 });
  });
  it('limited by height: centred across', () => {
    const p = mapPlacement({ cssWidth: 400, cssHeight: 400 }, { x: 0, y: 0, w: 1000, h: 800 });
    expect(p).toEqual({ x: 100, y: 0, w: 800, h: 800, scale: 2 });
  });
});
