import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../analysis/api';
import { packLayers } from '../../analysis/pack';
import { square, syntheticLayers } from '../../analysis/test-fixtures';
import { featuresToChunks } from '../../data/binary/builder';
import { bigLayerWithin } from './big-within';

// 600 squares of 0.002° in a 30 × 20 grid over the synthetic districts (lon 106.5–106.7, lat
// 11.0–11.1), with corridor e1 along lat 11.06 from lon 106.5 to 106.7: a square's distance to it is
// its gap in latitude, so which squares lie within 1 km is known without the code under test.
const STEP_X = 0.2 / 30;
const STEP_Y = 0.1 / 20;
const squares: Feature<Polygon>[] = [];
for (let j = 0; j < 20; j++)
  for (let i = 0; i < 30; i++) {
    const x = 106.5 + (i + 0.5) * STEP_X;
    const y = 11.0 + (j + 0.5) * STEP_Y;
    squares.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: square(x - 0.001, y - 0.001, x + 0.001, y + 0.001) },
      properties: { id: `sq_${i}_${j}` },
    });
  }
// 1 km of latitude, in degrees (the WGS 84 meridian arc near 11° N is 110.6 km a degree).
const KM_LAT = 1 / 110.6;

async function ready() {
  const api = createAnalysisApi();
  api.load(packLayers(syntheticLayers()));
  return {
    userWithinChunk: async (...a: Parameters<typeof api.userWithinChunk>) => api.userWithinChunk(...a),
  };
}

describe('bigLayerWithin', () => {
  const chunks = featuresToChunks(squares, 0, { chunkPolygonVertices: 500 });

  it('finds, chunk by chunk, the squares whose latitude gap to corridor e1 is under 1 km, nearest first', async () => {
    expect(chunks.length).toBeGreaterThan(5);
    const progress: [number, number][] = [];
    const r = await bigLayerWithin(await ready(), chunks, 'e1', 1, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    if (!r.ok) throw new Error(r.message);
    const expected = squares
      .map((s, k) => {
        const ys = s.geometry.coordinates[0]!.map((p) => p[1]!);
        const gap = Math.max(0, Math.min(...ys) - 11.06, 11.06 - Math.max(...ys));
        return { k, gap };
      })
      // away from the threshold, where the ellipsoid's exact metres could tip either way
      .filter(({ gap }) => Math.abs(gap - KM_LAT) > 0.0002);
    const got = new Set(r.value.rows.map((x) => x.index));
    for (const { k, gap } of expected) expect(got.has(k), squares[k]!.properties!.id).toBe(gap < KM_LAT);
    expect(r.value.measured).toBe(600);
    expect(r.value.unusable).toBe(0);
    const d = r.value.rows.map((x) => x.distance_km);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    // The two rows of squares beside the corridor (centres 11.0575 and 11.0625, edges 0.0015° from
    // it: 0.166 km) come first.
    const nearest = r.value.rows.slice(0, 60);
    for (const x of nearest) {
      expect(String(squares[x.index]!.properties!.id)).toMatch(/_(11|12)$/);
      expect(x.distance_km).toBeCloseTo(0.0015 * 110.6, 2);
    }
    expect(progress.at(-1)).toEqual([chunks.length, chunks.length]);
  });

  it('stops between chunks when cancelled, and passes the worker errors on', async () => {
    const controller = new AbortController();
    const r = await bigLayerWithin(await ready(), chunks, 'e1', 1, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, error: 'cancelled' });
    expect(await bigLayerWithin(await ready(), chunks, 'nope', 1)).toMatchObject({
      ok: false,
      error: 'unknown_corridor',
    });
  });
});
