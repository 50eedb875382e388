// Which URL layers are read by viewport, and from which zoom. Expected zooms are worked by hand
// from the view's size in degrees (1280 × 800 px, 360° / (256 × 2^z) per px, × cos lat for height).
import { describe, expect, it } from 'vitest';
import type { UrlProbe } from '../import/rect-read';
import { chooseUrlReading, looksLikeFlatGeobuf, minZoomFor, readsByViewport } from './url-reading';

const box: [number, number, number, number] = [106.3, 10.85, 106.95, 11.5];
const probe = (over: Partial<UrlProbe>): UrlProbe => ({
  featureCount: 1_000_000,
  hasIndex: true,
  bbox: box,
  crs: 'EPSG:4326',
  geometryType: 'Polygon',
  rangeSupported: true,
  requests: 2,
  bytesFetched: 300,
  header: {
    geometryType: 6,
    columns: null,
    envelope: null,
    featuresCount: 1_000_000,
    indexNodeSize: 16,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  },
  ...over,
});

describe('readsByViewport', () => {
  it('takes indexed WGS 84 files of at least 20,000 features, whatever the Range support', () => {
    expect(readsByViewport(probe({}))).toBe(true);
    expect(readsByViewport(probe({ featureCount: 20_000, rangeSupported: false }))).toBe(true);
    expect(readsByViewport(probe({ crs: null }))).toBe(true);
  });
  it('leaves small, unindexed, projected or count-less files to the whole import', () => {
    expect(readsByViewport(probe({ featureCount: 19_999 }))).toBe(false);
    expect(readsByViewport(probe({ hasIndex: false }))).toBe(false);
    expect(readsByViewport(probe({ featureCount: null }))).toBe(false);
    expect(readsByViewport(probe({ crs: 'EPSG:9210' }))).toBe(false);
    expect(readsByViewport(probe({ crs: null, bbox: [500_000, 1_200_000, 600_000, 1_300_000] }))).toBe(false);
  });
});

describe('minZoomFor', () => {
  // The province box is 0.4225 deg²; a view is 7.40e-3 deg² at z14, 2.96e-2 at z13, 0.118 at z12.
  it('1M features: z13 would hold ≈ 70k (> 50k), z14 ≈ 17.5k', () => {
    expect(minZoomFor({ featureCount: 1_000_000, bbox: box })).toBe(14);
  });
  it('200k features: z12 would hold ≈ 56k, z13 ≈ 14k', () => {
    expect(minZoomFor({ featureCount: 200_000, bbox: box })).toBe(13);
  });
  it('a layer of at most 50k features is read at any zoom', () => {
    expect(minZoomFor({ featureCount: 50_000, bbox: box })).toBe(0);
  });
});

describe('looksLikeFlatGeobuf', () => {
  it('goes by the path, not the query', () => {
    expect(looksLikeFlatGeobuf('https://h.example/a/parcels.FGB?x=1')).toBe(true);
    expect(looksLikeFlatGeobuf('https://h.example/a/parcels.geojson?f=.fgb')).toBe(false);
    expect(looksLikeFlatGeobuf('not a url')).toBe(false);
  });
});

describe('chooseUrlReading', () => {
  const client = (p: UrlProbe) => ({ probe: async () => ({ ok: true as const, probe: p }) });
  it('a small file from a server that ignores Range: whole, from the copy the probe got', async () => {
    const small = probe({ featureCount: 10, rangeSupported: false });
    expect(await chooseUrlReading('https://x.vn/a.fgb', client(small))).toEqual({
      mode: 'whole',
      kept: true,
    });
    const ranged = probe({ featureCount: 10 });
    expect(await chooseUrlReading('https://x.vn/a.fgb', client(ranged))).toEqual({ mode: 'whole' });
    expect(await chooseUrlReading('https://x.vn/a.fgb', client(probe({})))).toMatchObject({
      mode: 'viewport',
    });
  });
  it('a probe answered 404 or 410 means missing; any other failure leaves it to the download', async () => {
    const failing = (status?: number) => ({
      probe: async () => ({
        ok: false as const,
        error: {
          key: 'viewport.error.read' as const,
          params: {},
          message: 'x',
          ...(status ? { status } : {}),
        },
      }),
    });
    expect(await chooseUrlReading('https://x.vn/a.fgb', failing(404))).toEqual({
      mode: 'missing',
      status: 404,
    });
    expect(await chooseUrlReading('https://x.vn/a.fgb', failing(410))).toEqual({
      mode: 'missing',
      status: 410,
    });
    expect(await chooseUrlReading('https://x.vn/a.fgb', failing(403))).toEqual({ mode: 'whole' });
    expect(await chooseUrlReading('https://x.vn/a.fgb', failing())).toEqual({ mode: 'whole' });
  });
});
