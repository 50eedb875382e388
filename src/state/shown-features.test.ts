import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load-layer';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { filteredFeatures, shownFeatures } from './shown-features';

const point: Geometry = { type: 'Point', coordinates: [106.7, 11] };
const park = (id: string, status: string | null, geometry: Geometry | null = point): LayerFeature => ({
  type: 'Feature',
  geometry,
  properties: { id, name_vi: `KCN ${id}`, status },
});

const FEATURES = [
  park('a', 'existing'),
  park('b', 'planned'),
  park('c', 'existing', null),
  park('d', null),
  park('e', 'existing'),
];
const ids = (fs: readonly Pick<Feature, 'properties'>[]) => fs.map((f) => f.properties?.id);

describe('shownFeatures', () => {
  beforeEach(() => {
    useFilters.getState().reset();
    useLayers.getState().reset();
    useLayers.getState().done('parks', FEATURES);
  });

  it('draws every located feature while the layer has no filter', () => {
    expect(ids(shownFeatures('parks', 'single'))).toEqual(['a', 'b', 'd', 'e']);
    expect(ids(filteredFeatures('parks'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('draws only the located features passing the filter, unknown as a value of its own', () => {
    useFilters.getState().setValues('parks', 'status', ['existing']);
    expect(ids(shownFeatures('parks', 'single'))).toEqual(['a', 'e']);
    // The table lists the unlocated one too: it passes the filter, it just cannot be drawn.
    expect(ids(filteredFeatures('parks'))).toEqual(['a', 'c', 'e']);
    useFilters.getState().setValues('parks', 'status', ['unknown', 'planned']);
    expect(ids(shownFeatures('parks', 'left'))).toEqual(['b', 'd']);
  });

  it('returns the same array while neither the features nor the filter change', () => {
    useFilters.getState().setValues('parks', 'status', ['existing']);
    const first = shownFeatures('parks', 'single');
    // Another layer's filter changing leaves this layer's filter object, and so the answer, alone.
    useFilters.getState().setValues('corridors', 'kind', ['railway']);
    expect(shownFeatures('parks', 'single')).toBe(first);
    useFilters.getState().setValues('parks', 'status', ['planned']);
    const second = shownFeatures('parks', 'single');
    expect(second).not.toBe(first);
    expect(ids(second)).toEqual(['b']);
  });

  it('gives a stable empty list for a layer that is not loaded', () => {
    expect(shownFeatures('upload.csv', 'single')).toEqual([]);
    expect(shownFeatures('upload.csv', 'single')).toBe(shownFeatures('upload.csv', 'right'));
  });
});
