import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load-layer';
import { simpleFilterFields } from './filter-fields';

const feature = (properties: Record<string, unknown>) =>
  ({ type: 'Feature', geometry: null, properties }) as unknown as LayerFeature;

describe('simpleFilterFields', () => {
  const features = ['zone', 'đất ở', 'dân cư', 'Lô 10', 'Lô 9'].map((use, i) =>
    feature({ use, area: i * 10, note: { any: 'object' } }),
  );
  const specs = simpleFilterFields(features, ['use', 'area', 'note']);

  it('offers a category’s values in Vietnamese order (đ after d), numbers in text by value', () => {
    expect(specs.use).toEqual({ kind: 'values', values: ['dân cư', 'đất ở', 'Lô 9', 'Lô 10', 'zone'] });
  });

  it('offers numbers as a range over the data, and skips a field of objects', () => {
    expect(specs.area).toEqual({ kind: 'range', min: 0, max: 40 });
    expect(specs.note).toBeUndefined();
  });
});
