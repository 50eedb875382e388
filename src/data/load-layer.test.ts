import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeFeatures } from './fgb';
import { LayerLoadError, loadLayer, located } from './load-layer';

const CASES = new URL('../../../shared/cases/input-robustness/', import.meta.url);
const caseBytes = (name: string) => new Uint8Array(readFileSync(new URL(name, CASES)));

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
    expect(out.features).toHaveLength(60);
    // Written with a spatial index: features come in Hilbert order, not input order.
    expect(out.features.find((f) => f.properties?.id === 'p59')?.properties?.name_vi).toBe('Điểm 59');
    expect(out.problems).toEqual([]);
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

  it("an HTML page (a server's fallback for a file it lacks) is the server lacking the file, not a damaged one", async () => {
    const page: typeof fetch = async () =>
      new Response('<!doctype html><html></html>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    await expect(loadLayer('http://x/a.fgb', { fetchImpl: page })).rejects.toMatchObject({ kind: 'http' });
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

  it('keeps a park at (NaN, NaN) with no location and reports it by id and name (06-parks-nan-point.fgb)', async () => {
    const out = await loadLayer('http://x/parks.fgb', {
      fetchImpl: bytesFetch(caseBytes('06-parks-nan-point.fgb')),
    });
    expect(out.features.map((f) => f.properties?.id)).toEqual(['good', 'nan_point']);
    expect(out.features[1]!.geometry).toBeNull();
    expect(out.features[0]!.geometry?.type).toBe('Point');
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({
      ordinal: 2,
      id: 'nan_point',
      messageKey: 'problem.geometry.nonFinite',
    });
    expect(out.problems[0]!.message).toMatch(/NaN/);
    // The map draws the located ones; the list of features keeps both.
    expect(located(out.features).map((f) => f.properties?.id)).toEqual(['good']);
    expect(located(out.features)).toBe(located(out.features));
  });

  it('fails a layer whose file is structurally damaged, naming the feature (01-*.fgb)', async () => {
    for (const name of ['01-point-odd-xy.fgb', '01-polygon-ends-past-count.fgb', '01-line-short-z.fgb']) {
      await expect(
        loadLayer(`http://x/${name}`, { fetchImpl: bytesFetch(caseBytes(name)) }),
      ).rejects.toMatchObject({ kind: 'format', message: expect.stringMatching(/^Feature 1: /) });
    }
  });
});
