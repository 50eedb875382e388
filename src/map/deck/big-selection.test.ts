import type { Feature, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { parcels } from '../../data/fgb/test-parcels';
import { bigSelectedFeature, bigSelectionProps } from './big-selection';

const input: Feature<Geometry | null>[] = [...parcels(8000)];
input[7000] = { type: 'Feature', geometry: null, properties: { id: 'no geometry' } };
const layers = [{ id: 'user:3', chunks: featuresToChunks(input) }];
const ref = (featureId: string, layerId = 'user:3') => ({ layerId, featureId }) as never;

describe('bigSelectedFeature', () => {
  it("builds the selected parcel from its chunk (another chunk than the first), within the chunk's float32 bound", () => {
    expect(layers[0]!.chunks.length).toBeGreaterThan(1);
    const f = bigSelectedFeature(ref('5000'), layers)!;
    expect(f.properties!.id).toBe('parcel_5000');
    const want = (input[5000]!.geometry as Polygon).coordinates[0]!;
    const got = (f.geometry as Polygon).coordinates[0]!;
    expect(got).toHaveLength(want.length);
    got.forEach((p, i) => {
      expect(Math.abs(p[0]! - want[i]![0]!)).toBeLessThan(2e-8);
      expect(Math.abs(p[1]! - want[i]![1]!)).toBeLessThan(2e-8);
    });
  });

  it('is null for another layer, an ordinal not held, a feature without geometry or no selection', () => {
    expect(bigSelectedFeature(ref('5000', 'parks'), layers)).toBeNull();
    expect(bigSelectedFeature(ref('8000'), layers)).toBeNull();
    expect(bigSelectedFeature(ref('7000'), layers)).toBeNull();
    expect(bigSelectedFeature(ref('vsip_1'), layers)).toBeNull();
    expect(bigSelectedFeature(null, layers)).toBeNull();
  });

  it('outlines in the selection yellow of the native layers, unfilled and not pickable', () => {
    const p = bigSelectionProps(bigSelectedFeature(ref('0'), layers)!, 'labels');
    expect(p).toMatchObject({ filled: false, stroked: true, pickable: false, beforeId: 'labels' });
    expect(p.getLineColor).toEqual([250, 204, 21, 255]);
    expect(p.data).toHaveLength(1);
  });
});
