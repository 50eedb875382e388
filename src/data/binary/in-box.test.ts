// featuresInBox against Turf: the reference is @turf/bbox of each feature as featureAt rebuilds it
// from the chunk, overlapped with the box, for parcels and for a chunk of mixed families (a
// MultiPoint, a line crossing the box with no vertex in it, a polygon, a null geometry).
import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parcels } from '../fgb/test-parcels';
import { featuresToChunks } from './builder';
import { featureAt } from './feature';
import { featuresInBox } from './in-box';
import type { BinaryChunk } from './types';

type Box = [number, number, number, number];

/** The reference: chunk-local indices whose Turf bbox overlaps `box`, kept by `mask`. */
function reference(chunk: BinaryChunk, box: Box, mask: Uint8Array | null): number[] {
  const out: number[] = [];
  for (let i = 0; i < chunk.count; i++) {
    const f = featureAt(chunk, i);
    if (!f.geometry || (mask && !mask[i])) continue;
    const [w, s, e, n] = turfBbox(f as Feature<Geometry>);
    if (w! <= box[2] && e! >= box[0] && s! <= box[3] && n! >= box[1]) out.push(i);
  }
  return out;
}

const chunks = featuresToChunks([...parcels(6000)], 0, { chunkFeatures: 2000 });

describe('featuresInBox', () => {
  it('gives the parcels Turf finds in each of several boxes, with and without a mask', () => {
    const boxes: Box[] = [
      [106.5, 11.0, 106.52, 11.02],
      [106.3, 10.85, 106.4, 11.5],
      [106.7, 11.3, 106.71, 11.3005],
      [107, 12, 108, 13], // outside the province
      [106, 10, 107, 12], // the whole province
      // Wide of the province on three sides, cutting it on the fourth.
      [106, 10, 107, 11.2],
      [106, 11.2, 107, 12],
      [106, 10, 106.6, 12],
      [106.6, 10, 107, 12],
    ];
    let found = 0;
    for (const chunk of chunks) {
      const mask = new Uint8Array(chunk.count).map((_, i) => (i % 3 === 0 ? 0 : 1));
      for (const box of boxes) {
        const got = featuresInBox(chunk, box, null);
        expect(got).toEqual(reference(chunk, box, null));
        expect(featuresInBox(chunk, box, mask)).toEqual(reference(chunk, box, mask));
        found += got.length;
      }
    }
    // Not every answer empty: the whole province holds all 6,000.
    expect(found).toBeGreaterThan(6000);
  });

  it('reads every family: a line across the box with no vertex in it, points, a polygon; not a null', () => {
    const mixed: Feature<Geometry | null>[] = [
      {
        type: 'Feature',
        properties: { id: 'across' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [106.4, 11.1],
            [106.8, 11.1],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { id: 'pts' },
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [106.0, 10.0],
            [106.61, 11.05],
          ],
        },
      },
      { type: 'Feature', properties: { id: 'none' }, geometry: null },
      {
        type: 'Feature',
        properties: { id: 'far' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [107, 12],
              [107.1, 12],
              [107.1, 12.1],
              [107, 12],
            ],
          ],
        },
      },
    ];
    const [chunk] = featuresToChunks(mixed);
    const box: Box = [106.5, 11.0, 106.7, 11.2];
    expect(featuresInBox(chunk!, box, null)).toEqual([0, 1]);
    expect(featuresInBox(chunk!, box, null)).toEqual(reference(chunk!, box, null));
    // The box holding the whole chunk: every located feature, not the null one.
    expect(featuresInBox(chunk!, [100, 0, 110, 20], null)).toEqual([0, 1, 3]);
  });
});
