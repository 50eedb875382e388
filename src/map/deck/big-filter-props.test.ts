// A large layer's filter as deck.gl's DataFilterExtension props: the value deck.gl reads for each
// polygon (GeoJsonLayer's binary sub-layer rows) and each point of the level of detail is the
// feature's mask entry; props are cached so an unchanged mask keeps the chunk's deck.gl layer.
// Expected values come from the generated parcels' uses.

import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { withFeatureIds } from '../../data/binary/feature-ids';
import { parcels } from '../../data/fgb/test-parcels';
import { userDescriptionOfKind } from '../../layers/user-description';
import { type ChunkFilterProps, chunkFilterProps } from './big-filter-props';
import { bigChunkDraw } from './big-layer-props';
import { featurePoints } from './feature-points';

const input = [...parcels(7_000)];
const chunks = featuresToChunks(input);
const extension = { name: 'DataFilterExtension stand-in' };
// Chunk 1 (parcels 5,000–6,999): shown where the parcel's use is 'đất ở'.
const chunk = chunks[1]!;
const shownUse = (i: number) => input[chunk.first + i]!.properties!.use === 'đất ở';
const mask = Uint8Array.from({ length: chunk.count }, (_, i) => (shownUse(i) ? 1 : 0));

const filterValue = (p: ChunkFilterProps, index: number, data: object) =>
  typeof p.getFilterValue === 'number' ? p.getFilterValue : p.getFilterValue(null, { index, data } as never);

describe('chunkFilterProps', () => {
  const masks = [new Uint8Array(chunks[0]!.count).fill(1), mask];
  const props = chunkFilterProps({ extension, masks }, chunk, 1);

  it('gives each polygon row (its first vertex’s feature) the mask value', () => {
    const pg = withFeatureIds(chunk).polygons; // as the overlay does before drawing shapes
    // What GeoJsonLayer hands its polygon sub-layer: rows start at polygonIndices.
    const data = { startIndices: pg.polygonIndices.value, featureIds: pg.featureIds };
    const rows = pg.polygonIndices.value.length - 1;
    expect(rows).toBe(chunk.count);
    for (let r = 0; r < rows; r++) expect(filterValue(props.shapes, r, data)).toBe(shownUse(r) ? 1 : 0);
    expect(props.shapes.extensions).toEqual([extension]);
    expect(props.shapes.filterEnabled).toBe(true);
    expect(props.shapes.filterRange).toEqual([0.5, 1]);
  });

  it('gives each point of the level of detail its feature’s mask value', () => {
    const pts = featurePoints(chunk);
    for (let k = 0; k < pts.length; k++) {
      const i = pts.ordinals[k]! - chunk.first;
      expect(filterValue(props.points, k, {})).toBe(shownUse(i) ? 1 : 0);
    }
  });

  it('keeps the same props for the same mask, and switches the filter off without one', () => {
    const again = chunkFilterProps({ extension, masks: [masks[0]!, mask] }, chunk, 1);
    expect(again.shapes).toBe(props.shapes);
    expect(again.points).toBe(props.points);
    const off = chunkFilterProps({ extension, masks: null }, chunk, 1);
    expect(off.shapes.filterEnabled).toBe(false);
    expect(off.shapes.getFilterValue).toBe(1);
    expect(off.shapes.extensions).toBe(props.shapes.extensions);
    const copy = chunkFilterProps({ extension, masks: [masks[0]!, Uint8Array.from(mask)] }, chunk, 1);
    expect(copy.shapes).not.toBe(props.shapes);
  });

  it('reaches the chunk’s deck.gl props only when the layer has a filter', () => {
    const d = userDescriptionOfKind('user:1', 'p.fgb', 'polygon', 0);
    const view = { opacity: 1, visible: true, beforeId: 'x', zoom: 17, shapeZoom: 12 };
    const filtered = bigChunkDraw(d, 1, chunk, { ...view, filter: props });
    expect(filtered.shapes.getFilterValue).toBe(props.shapes.getFilterValue);
    expect(filtered.points.getFilterValue).toBe(props.points.getFilterValue);
    const plain = bigChunkDraw(d, 1, chunk, view);
    expect('extensions' in plain.shapes).toBe(false);
    expect('extensions' in plain.points).toBe(false);
  });
});
