// bigFeatureHidden: whether a large layer's filter leaves one feature (by its ordinal) off the map,
// against the same filter applied to the features as GeoJSON (src/lib/filter.ts applyFilters).
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { applyFilters, type LayerFilter } from '../lib/filter';
import { bigFeatureHidden } from './big-filter';

const features: Feature<Geometry>[] = Array.from({ length: 12_000 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + (i % 100) * 0.001, 11 + Math.floor(i / 100) * 0.001] },
  properties: { use: ['đất ở', 'đất lúa', 'đất công nghiệp'][i % 3]!, area: i % 1000 },
}));
const layer = { chunks: featuresToChunks(features) };

describe('bigFeatureHidden', () => {
  it('is true exactly for the features the filter leaves out, in every chunk', () => {
    expect(layer.chunks.length).toBeGreaterThan(2);
    const filter: LayerFilter = {
      fields: { use: { kind: 'values', values: ['đất lúa'] }, area: { kind: 'range', min: 100, max: 500 } },
      query: '',
    };
    const kept = new Set(applyFilters(features, filter));
    expect(kept.size).toBeGreaterThan(0);
    for (let i = 0; i < features.length; i += 7)
      expect(bigFeatureHidden(layer, i, filter)).toBe(!kept.has(features[i]!));
  });

  it('is false without a filter, with a query only (the map ignores it), or for an unknown ordinal', () => {
    expect(bigFeatureHidden(layer, 5, undefined)).toBe(false);
    expect(bigFeatureHidden(layer, 5, { fields: {}, query: 'lúa' })).toBe(false);
    const filter: LayerFilter = { fields: { use: { kind: 'values', values: ['x'] } }, query: '' };
    expect(bigFeatureHidden(layer, 99_999, filter)).toBe(false);
    expect(bigFeatureHidden(undefined, 1, filter)).toBe(false);
  });
});
