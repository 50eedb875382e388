import { afterEach, describe, expect, it, vi } from 'vitest';
import { CatalogError, fetchCatalog, validateCatalog } from './catalog';

const layer = {
  id: 'parks',
  title: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
  geometry_type: 'Unknown',
  file: 'parks.fgb',
  feature_count: 36,
  bbox: [106.3, 10.8, 107, 11.5],
  attribution: 'x',
  licence: 'CC-BY-4.0',
  built_at: '2026-01-01T00:00:00Z',
};
const catalog = {
  version: 1,
  built_at: '2026-01-01T00:00:00Z',
  input_hash: 'abc',
  province_bbox: [106.3, 10.8, 107, 11.5],
  layers: [layer],
};

describe('validateCatalog', () => {
  it('accepts a good catalog', () => {
    const c = validateCatalog(catalog);
    expect(c.layers[0]?.id).toBe('parks');
    expect(c.province_bbox).toEqual([106.3, 10.8, 107, 11.5]);
  });

  it.each([
    ['not an object', null, /not a JSON object/],
    ['wrong version', { ...catalog, version: 2 }, /version 2/],
    ['no layers', { ...catalog, layers: undefined }, /no "layers"/],
    ['bad bbox', { ...catalog, province_bbox: [1, 2, 3] }, /province_bbox/],
    ['inverted bbox', { ...catalog, province_bbox: [107, 11, 106, 12] }, /province_bbox/],
    ['unknown layer', { ...catalog, layers: [{ ...layer, id: 'roads' }] }, /layers\[0\]\.id "roads"/],
    ['missing title', { ...catalog, layers: [{ ...layer, title: 'x' }] }, /title/],
    ['bad count', { ...catalog, layers: [{ ...layer, feature_count: -1 }] }, /feature_count/],
    ['duplicate', { ...catalog, layers: [layer, layer] }, /twice/],
  ])('rejects %s with a clear message', (_name, data, message) => {
    expect(() => validateCatalog(data)).toThrow(CatalogError);
    expect(() => validateCatalog(data)).toThrow(message);
  });
});

describe('fetchCatalog', () => {
  afterEach(() => vi.unstubAllGlobals());
  it("an HTML page (a dev server's fallback for a catalog not built) is 'http', not a damaged file", async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(fetchCatalog('/data/catalog.json')).rejects.toMatchObject({ kind: 'http' });
    vi.stubGlobal(
      'fetch',
      async () => new Response('{not json', { headers: { 'content-type': 'application/json' } }),
    );
    await expect(fetchCatalog('/data/catalog.json')).rejects.toMatchObject({ kind: 'format' });
  });
});
