import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, Geometry, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../analysis/api';
import { packLayers } from '../../analysis/pack';
import { square, syntheticLayers } from '../../analysis/test-fixtures';
import { featuresToChunks } from '../../data/binary/builder';
import { formatters } from '../../i18n';
import { bigLayerNearest, countByCorridor, nearestConnectors, nearestCsv, rowsWithin } from './big-nearest';

// A 20 × 12 grid of points over the synthetic districts (lon 106.5–106.7, lat 11.0–11.1), with
// corridor e1 along lat 11.06 and r1 along lon 106.6; every seventh feature is a polygon or a
// MultiPoint instead (not answered, as for a small layer). Distances by @turf/point-to-line-distance.
const layers = syntheticLayers();
const lines = (layers.corridors as Feature<LineString>[]).map((c) => ({
  id: String(c.properties!.id),
  geometry: c.geometry,
}));
const features: Feature<Geometry | null>[] = [];
for (let j = 0; j < 12; j++)
  for (let i = 0; i < 20; i++) {
    const p = [106.503 + i * 0.0101, 11.004 + j * 0.0083];
    const k = features.length;
    const geometry: Geometry =
      k % 7 === 3
        ? { type: 'Polygon', coordinates: square(p[0]!, p[1]!, p[0]! + 0.001, p[1]! + 0.001) }
        : k % 7 === 5
          ? { type: 'MultiPoint', coordinates: [p] }
          : { type: 'Point', coordinates: p };
    features.push({ type: 'Feature', geometry, properties: { id: `p${k}` } });
  }
const turfKm = (p: number[], id: string) =>
  pointToLineDistance(p, lines.find((l) => l.id === id)!.geometry, {
    method: 'geodesic',
    units: 'kilometers',
  });

function ready() {
  const api = createAnalysisApi();
  api.load(packLayers(layers));
  return {
    userNearestChunk: async (...a: Parameters<typeof api.userNearestChunk>) => api.userNearestChunk(...a),
  };
}

describe('bigLayerNearest', () => {
  const chunks = featuresToChunks(features, 0, { chunkFeatures: 17 });

  it('answers each Point feature by its layer ordinal with the corridor and distance Turf finds nearest', async () => {
    expect(chunks.length).toBeGreaterThan(10);
    const progress: number[] = [];
    const r = await bigLayerNearest(ready(), chunks, undefined, {
      onProgress: (done) => progress.push(done),
    });
    if (!r.ok) throw new Error(r.message);
    expect(progress.at(-1)).toBe(chunks.length);
    const points = features.flatMap((f, k) => (f.geometry?.type === 'Point' ? [k] : []));
    expect(Array.from(r.value.ordinals)).toEqual(points);
    let decided = 0;
    r.value.ordinals.forEach((o, k) => {
      const p = (features[o]!.geometry as { coordinates: number[] }).coordinates;
      const [a, b] = lines.map((l) => ({ id: l.id, d: turfKm(p, l.id) })).sort((x, y) => x.d - y.d);
      expect(Math.abs(r.value.distanceKm[k]! - a!.d), `point ${o}`).toBeLessThan(1e-5);
      if (b!.d - a!.d > 1e-3) {
        expect(r.value.corridors[r.value.corridor[k]!]!.id, `point ${o}`).toBe(a!.id);
        decided++;
      }
    });
    expect(decided).toBeGreaterThan(150);
  });

  it('filters within km, counts per corridor and writes every shown answer to CSV', async () => {
    const r = await bigLayerNearest(ready(), chunks, 'e1');
    if (!r.ok) throw new Error(r.message);
    const within = rowsWithin(r.value, 1);
    // Within 1 km of e1 (lat 11.06): rows whose latitude gap is under 1 km, by Turf.
    const expected = Array.from(r.value.ordinals)
      .map((o, k) => ({
        k,
        d: turfKm((features[o]!.geometry as { coordinates: number[] }).coordinates, 'e1'),
      }))
      .filter((x) => x.d <= 1)
      .map((x) => x.k);
    expect(Array.from(within)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    expect(rowsWithin(r.value, null)).toHaveLength(r.value.ordinals.length);
    const e1 = r.value.corridors.findIndex((c) => c.id === 'e1');
    expect(countByCorridor(r.value, within)).toEqual([[e1, expected.length]]);
    const csv = nearestCsv(r.value, within, formatters('en'));
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('Feature no.,Corridor id,Corridor,Distance (km)');
    expect(rows).toHaveLength(expected.length + 1);
    const first = r.value.ordinals[within[0]!]!;
    expect(rows[1]!.split(',').slice(0, 3)).toEqual([String(first + 1), 'e1', 'e1']);
  });

  it('draws a line from each shown point to a point of its corridor at the row distance; beyond `limit`, every step-th', async () => {
    const r = await bigLayerNearest(ready(), chunks, undefined);
    if (!r.ok) throw new Error(r.message);
    const within = rowsWithin(r.value, 0.5);
    expect(within.length).toBeGreaterThan(20);
    const { connectors: all, step } = nearestConnectors(r.value, within, chunks);
    expect(step).toBe(1);
    expect(all).toHaveLength(within.length);
    all.forEach((c, n) => {
      const k = within[n]!;
      const o = r.value.ordinals[k]!;
      // From the point itself (float32 offsets in the chunk: within 1e-6°) …
      const p = (features[o]!.geometry as { coordinates: number[] }).coordinates;
      expect(Math.abs(c.from[0] - p[0]!) + Math.abs(c.from[1] - p[1]!), `point ${o}`).toBeLessThan(1e-6);
      // … to a point on its corridor (Turf: ≈ 0 km from the line) at the row's distance.
      const id = r.value.corridors[r.value.corridor[k]!]!.id;
      expect(turfKm(c.to, id), `point ${o}`).toBeLessThan(1e-4);
      expect(Math.abs(distance(c.from, c.to, { units: 'kilometers' }) - r.value.distanceKm[k]!)).toBeLessThan(
        1e-3,
      );
    });
    // At most 7: every ⌈n / 7⌉-th of them, from the first on, spread over the whole answer.
    const some = nearestConnectors(r.value, within, chunks, 7);
    expect(some.step).toBe(Math.ceil(within.length / 7));
    expect(some.connectors).toEqual(all.filter((_, n) => n % some.step === 0));
    expect(some.connectors.length).toBeLessThanOrEqual(7);
    expect(some.connectors.at(-1)).toEqual(all[(some.connectors.length - 1) * some.step]);
  });

  it('stops between chunks when cancelled, and passes the worker errors on', async () => {
    const controller = new AbortController();
    const r = await bigLayerNearest(ready(), chunks, undefined, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, error: 'cancelled' });
    expect(await bigLayerNearest(ready(), chunks, 'nope')).toMatchObject({
      ok: false,
      error: 'unknown_corridor',
    });
  });
});
