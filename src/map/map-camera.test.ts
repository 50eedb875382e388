// fitBox: the box handed to MapLibre's fitBounds, with the panels' padding and a closest zoom.
import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM, fitBox } from './map-camera';

function fakeMap() {
  const calls: unknown[][] = [];
  const map = {
    getContainer: () => ({ clientWidth: 1000, clientHeight: 800 }) as HTMLElement,
    fitBounds: (...args: unknown[]) => {
      calls.push(args);
      return map;
    },
  };
  return { map: map as unknown as Parameters<typeof fitBox>[0], calls };
}

describe('fitBox', () => {
  it("a one-point box (a layer of one feature) stops at FIT_MAX_ZOOM, not MapLibre's 22", () => {
    const { map, calls } = fakeMap();
    fitBox(map, [106.65, 11.05, 106.65, 11.05], false, {});
    expect(calls).toHaveLength(1);
    const [bounds, options] = calls[0] as [number[][], { maxZoom: number; animate: boolean }];
    expect(bounds).toEqual([
      [106.65, 11.05],
      [106.65, 11.05],
    ]);
    expect(options.maxZoom).toBe(FIT_MAX_ZOOM);
    expect(FIT_MAX_ZOOM).toBeLessThanOrEqual(18);
    expect(options.animate).toBe(false);
  });
});
