import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeFeatures } from './fgb';
import { LayerLoadError, loadLayer } from './load-layer';

const features: Feature[] = Array.from({ length: 60 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + i / 1000, 11] },
  properties: { id: `p${i}`, name_vi: `Điểm ${i}` },
}));

const bytesFetch =
  (body: Uint8Array | string, status = 200): typeof fetch =>
  async () =>
    new Response(body as BodyInit, { status });

describe('loadLayer', () => {
  it('streams every feature and reports progress', async () => {
    const progress: number[] = [];
    const out = await loadLayer('http://x/parks.fgb', {
      fetchImpl: bytesFetch(writeFeatures(features)),
      onProgress: (n) => progress.push(n),
      progressEvery: 25,
    });
    expect(out).toHaveLength(60);
    expect(out[59]?.properties?.name_vi).toBe('Điểm 59');
    expect(progress).toEqual([25, 50, 60]);
  });

  it('turns an HTTP error into a LayerLoadError', async () => {
    await expect(loadLayer('http://x/a.fgb', { fetchImpl: bytesFetch('nope', 404) })).rejects.toThrow(
      /HTTP 404/,
    );
    await expect(loadLayer('http://x/a.fgb', { fetchImpl: bytesFetch('nope', 404) })).rejects.toMatchObject({
      kind: 'http',
    });
  });

  it('turns a file that is not FlatGeobuf into a LayerLoadError', async () => {
    await expect(
      loadLayer('http://x/a.fgb', { fetchImpl: bytesFetch('<html>not found</html>') }),
    ).rejects.toBeInstanceOf(LayerLoadError);
    await expect(
      loadLayer('http://x/a.fgb', { fetchImpl: bytesFetch('<html>not found</html>') }),
    ).rejects.toMatchObject({ kind: 'format' });
  });

  it('turns a network failure into a LayerLoadError', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadLayer('http://x/a.fgb', { fetchImpl: failing })).rejects.toThrow(/Network error/);
    await expect(loadLayer('http://x/a.fgb', { fetchImpl: failing })).rejects.toMatchObject({
      kind: 'network',
    });
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(
      loadLayer('http://x/a.fgb', {
        fetchImpl: bytesFetch(writeFeatures(features)),
        signal: controller.signal,
      }),
    ).rejects.toThrow('stopped');
  });
});
