// A large layer's group in the features-in-view list: its count is every parcel whose box overlaps
// the view and that passes the layer's filter, as @turf/bbox over the source features gives; only
// the first few become items, each with its properties and its ordinal as id.
import turfBbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { parcels } from '../data/fgb/test-parcels';
import { EMPTY_FILTER, type LayerFilter } from '../lib/filter';
import type { BigLayer } from '../state/big-layers-store';
import { bigFeaturesInView } from './in-view-big';

const features = [...parcels(5000)];
const chunks = featuresToChunks(features, 0, { chunkFeatures: 1200 });
const layer = { id: 'user:1', chunks, loaded: features.length } as unknown as BigLayer;
const view: [number, number, number, number] = [106.5, 11.0, 106.6, 11.1];

/** The reference count: Turf's box of each source feature against the view, and the use kept. */
const expected = (uses: string[] | null) =>
  features.filter((f) => {
    const [w, s, e, n] = turfBbox(f);
    const inView = w! <= view[2] && e! >= view[0] && s! <= view[3] && n! >= view[1];
    return inView && (uses === null || uses.includes(f.properties!.use as string));
  });

describe('bigFeaturesInView', () => {
  it('counts every parcel in view, lists the first few with properties and ordinals', () => {
    const want = expected(null);
    expect(want.length).toBeGreaterThan(20);
    const group = bigFeaturesInView(layer, EMPTY_FILTER, view, 10)!;
    expect(group).toMatchObject({ layerId: 'user:1', total: want.length, big: true });
    expect(group.items).toHaveLength(10);
    // Layer order: the ordinals of the first ten, and their properties.
    const first = want.slice(0, 10);
    expect(group.items.map((i) => i.id)).toEqual(first.map((f) => String(features.indexOf(f))));
    expect(group.items.map((i) => i.feature.properties?.id)).toEqual(first.map((f) => f.properties!.id));
  });

  it('follows the layer’s filter', () => {
    const filter: LayerFilter = { query: '', fields: { use: { kind: 'values', values: ['đất ở'] } } };
    const want = expected(['đất ở']);
    expect(want.length).toBeGreaterThan(0);
    expect(bigFeaturesInView(layer, filter, view, 100)?.total).toBe(want.length);
  });

  it('is null with nothing in view', () => {
    expect(bigFeaturesInView(layer, EMPTY_FILTER, [100, 0, 101, 1], 10)).toBeNull();
  });
});
