import { describe, expect, it } from 'vitest';
import type { Bbox } from '../data/schema';
import { fitMargin, fitTarget, lonLatOf, screenRect, worldPx } from './fit';

// Web Mercator with 512-px tiles: the whole world is 512·2^z pixels wide, (0°, 0°) at its middle.
const pxPerDegree = (zoom: number) => (512 * 2 ** zoom) / 360;

describe('worldPx and lonLatOf', () => {
  it('put (0°, 0°) at the middle of the world and 180° W, 85.0511° N at its corner', () => {
    expect(worldPx(0, 0, 0)).toEqual([256, 256]);
    const [x, y] = worldPx(-180, 85.0511287798, 1);
    expect(x).toBeCloseTo(0, 6);
    expect(y).toBeCloseTo(0, 4);
  });

  it('invert each other', () => {
    const [x, y] = worldPx(106.65, 11.1, 12);
    const [lon, lat] = lonLatOf(x, y, 12);
    expect(lon).toBeCloseTo(106.65, 9);
    expect(lat).toBeCloseTo(11.1, 9);
  });
});

describe('fitTarget', () => {
  const size = { width: 1280, height: 800 };
  const view = { center: [106.65, 11.1] as [number, number], zoom: 12 };
  const insets = { left: 332, right: 372 };
  const point = (lon: number, lat: number): Bbox => [lon, lat, lon, lat];

  it('places a bbox round the view centre at the screen centre', () => {
    const r = screenRect(view, size, point(106.65, 11.1));
    expect(r.left).toBeCloseTo(640, 6);
    expect(r.top).toBeCloseTo(400, 6);
  });

  it('leaves the camera alone when the feature is in the uncovered part', () => {
    expect(fitTarget(view, size, insets, point(106.65, 11.1))).toBeNull();
  });

  it('pans, at the same zoom, to a point under the right-hand panel', () => {
    const lon = 106.65 + 500 / pxPerDegree(12); // x = 1140, under a panel from x = 908
    const target = fitTarget(view, size, insets, point(lon, 11.1));
    if (!target) throw new Error('expected a move');
    const freeWidth = 1280 - 332 - 372 - 2 * fitMargin(size);
    // The box is the free area's width in degrees at zoom 12, centred on the point.
    expect(target[2] - target[0]).toBeCloseTo(freeWidth / pxPerDegree(12), 9);
    expect((target[0] + target[2]) / 2).toBeCloseTo(lon, 9);
    expect(target[1]).toBeLessThan(11.1);
    expect(target[3]).toBeGreaterThan(11.1);
  });

  it('hands back the feature itself when it is bigger than the uncovered part', () => {
    const big: Bbox = [106.3, 10.8, 107.0, 11.5];
    expect(fitTarget(view, size, insets, big)).toEqual(big);
  });

  it('ignores panels that leave less than 50 px, as fitBounds does', () => {
    const covered = { left: 700, right: 600 };
    expect(fitTarget(view, size, covered, point(106.65, 11.1))).toBeNull();
  });
});
