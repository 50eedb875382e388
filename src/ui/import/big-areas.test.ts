import turfArea from '@turf/area';
import type { Feature, Geometry, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../analysis/api';
import { packLayers } from '../../analysis/pack';
import { square, syntheticLayers } from '../../analysis/test-fixtures';
import { featuresToChunks } from '../../data/binary/builder';
import { geometryAt } from '../../data/binary/feature';
import { bigLayerDistrictAreas } from './big-areas';

// Boxes over the synthetic districts 1 (lon 106.5–106.6) and 2 (106.6–106.7), lat 11.0–11.1: some
// inside one district, some across lon 106.6, some across the south edge (lat 11.0) and one wholly
// south of it. Every district is a box, so each part is the box of the overlap, measured here with
// @turf/area alone.
const boxes: [number, number, number, number][] = [];
for (let i = 0; i < 40; i++) {
  const x = 106.505 + ((i * 37) % 190) / 1000;
  const y = 10.99 + ((i * 53) % 100) / 1000;
  const w = 0.002 + (i % 7) * 0.001;
  boxes.push([x, y, x + w, y + w * 0.8]);
}
boxes.push([106.595, 11.03, 106.607, 11.04]); // across the border of 1 and 2
boxes.push([106.597, 10.995, 106.604, 11.004]); // across that border and the south edge
boxes.push([106.55, 10.9, 106.56, 10.91]); // outside every district
const features: Feature<Geometry | null>[] = boxes.map((b, i) => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: square(...b) },
  properties: { id: `b${i}` },
}));
features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [106.55, 11.05] }, properties: {} });
features.push({ type: 'Feature', geometry: null, properties: {} });

const haOfBox = ([x0, y0, x1, y1]: number[]) =>
  x1! > x0! && y1! > y0!
    ? turfArea({ type: 'Polygon', coordinates: square(x0!, y0!, x1!, y1!) } as Polygon) / 1e4
    : 0;
const clip = (b: number[], d: number[]) => [
  Math.max(b[0]!, d[0]!),
  Math.max(b[1]!, d[1]!),
  Math.min(b[2]!, d[2]!),
  Math.min(b[3]!, d[3]!),
];
const DISTRICTS: Record<string, number[]> = {
  '1': [106.5, 11.0, 106.6, 11.1],
  '2': [106.6, 11.0, 106.7, 11.1],
};

function ready(layers = syntheticLayers()) {
  const api = createAnalysisApi();
  api.load(packLayers(layers));
  return {
    api,
    client: {
      userDistrictAreasChunk: async (...a: Parameters<typeof api.userDistrictAreasChunk>) =>
        api.userDistrictAreasChunk(...a),
    },
  };
}

describe('bigLayerDistrictAreas', () => {
  const chunks = featuresToChunks(features, 0, { chunkFeatures: 5 });

  it('sums, chunk by chunk, each district’s part of the boxes, as the small-layer function and Turf do', async () => {
    expect(chunks.length).toBeGreaterThan(5);
    // Some boxes lie across the two districts' border.
    const across = boxes.filter(
      (b) => haOfBox(clip(b, DISTRICTS['1']!)) > 0 && haOfBox(clip(b, DISTRICTS['2']!)) > 0,
    );
    expect(across.length).toBe(2);
    const { api, client } = ready();
    const progress: [number, number][] = [];
    const r = await bigLayerDistrictAreas(client, chunks, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    if (!r.ok) throw new Error(r.message);
    expect(progress.map((p) => p[0])).toEqual(chunks.map((_, k) => k + 1));
    // The same features as the chunks hold them, as a small layer: the same table.
    const rebuilt = chunks.flatMap((c) => Array.from({ length: c.count }, (_, i) => geometryAt(c, i)));
    const small = api.userDistrictAreas(rebuilt);
    if (!small.ok) throw new Error(small.message);
    expect(r.value).toEqual({ ...small.value, unusable: small.value.unusable.length });
    // And the boxes' overlaps, by Turf, within the chunks' float32 precision.
    const total = boxes.reduce((s, b) => s + haOfBox(b), 0);
    expect(Math.abs(r.value.total_ha - total) / total).toBeLessThan(1e-6);
    let inside = 0;
    for (const row of r.value.districts) {
      const parts = boxes.map((b) => haOfBox(clip(b, DISTRICTS[row.code]!)));
      const expected = parts.reduce((s, x) => s + x, 0);
      expect(Math.abs(row.area_ha - expected) / total, row.code).toBeLessThan(1e-6);
      expect(row.polygons, row.code).toBe(parts.filter((x, i) => x > 1e-6 * haOfBox(boxes[i]!)).length);
      inside += expected;
    }
    expect(Math.abs(r.value.outside.area_ha - (total - inside)) / total).toBeLessThan(1e-6);
    expect(r.value.outside.polygons).toBeGreaterThan(1);
    expect(r.value.polygon_features).toBe(boxes.length);
    expect(r.value.not_polygons).toBe(1);
    expect(r.value.unusable).toBe(1);
  });

  it('stops between chunks when cancelled, and passes the worker errors on', async () => {
    const controller = new AbortController();
    const { client } = ready();
    const seen: number[] = [];
    const r = await bigLayerDistrictAreas(client, chunks, {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 2) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, error: 'cancelled' });
    expect(seen).toEqual([1, 2]);
    const { districts: _, ...noDistricts } = syntheticLayers();
    expect(await bigLayerDistrictAreas(ready(noDistricts).client, chunks)).toMatchObject({
      ok: false,
      error: 'missing_layer',
    });
    expect(await bigLayerDistrictAreas(client, [])).toMatchObject({ ok: false, error: 'not_loaded' });
  });
});
