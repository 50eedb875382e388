import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, featuresInView } from './in-view';

const point = (id: string, x: number, y: number): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'Point', coordinates: [x, y] },
});
const line = (id: string, coords: [number, number][]): Feature => ({
  type: 'Feature',
  properties: { id },
  geometry: { type: 'LineString', coordinates: coords },
});

describe('featuresInView', () => {
  const view: [number, number, number, number] = [106.5, 11.0, 106.7, 11.2];

  it('keeps the features whose box overlaps the view, grouped by layer in the given order', () => {
    const groups = featuresInView(
      [
        { layerId: 'parks', features: [point('in', 106.6, 11.1), point('out', 106.9, 11.1)] },
        { layerId: 'places', features: [point('far', 100, 10)] },
        // A line crossing the view with no vertex inside it.
        {
          layerId: 'corridors',
          features: [
            line('across', [
              [106.4, 11.1],
              [106.8, 11.1],
            ]),
          ],
        },
      ],
      view,
    );
    expect(groups.map((g) => [g.layerId, g.items.map((i) => i.id)])).toEqual([
      ['parks', ['in']],
      ['corridors', ['across']],
    ]);
  });

  it('counts a feature on the view’s edge and skips one without location or id', () => {
    const noGeometry: Feature = { type: 'Feature', properties: { id: 'x' }, geometry: null as never };
    const noId: Feature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [106.6, 11.1] },
    };
    const groups = featuresInView(
      [{ layerId: 'places', features: [point('edge', 106.7, 11.2), noGeometry, noId] }],
      view,
    );
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([['edge']]);
  });

  it('boxesOverlap is false for boxes side by side', () => {
    expect(boxesOverlap([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
    expect(boxesOverlap([0, 0, 1, 1], [0.5, 0.5, 2, 2])).toBe(true);
  });
});
