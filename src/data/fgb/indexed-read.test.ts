// Files written by our writer (with our packed Hilbert R-tree) read back by bounding box over a
// real HTTP server with Range (the dev server's data middleware, on a random port), through our
// range reader AND through the flatgeobuf package's own `deserialize(url, { rect })` and its
// in-memory `deserialize(bytes, { rect })`: each must give exactly the features a brute-force
// bounding-box filter of the input gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataMiddleware } from '../../../scripts/lib/serve-data';
import {
  forgetRangeSupport,
  readFeatureCollection,
  readFeaturesInRect,
  type TransferStats,
  writeFeatures,
} from './index';
import { parcels } from './test-parcels';

type Rect = { minX: number; minY: number; maxX: number; maxY: number };

const input: Feature<Polygon>[] = [...parcels(3000, 7)];
const file = writeFeatures(input, { name: 'parcels' });
const dir = mkdtempSync(join(tmpdir(), 'indexed-read-'));
let server: Server;
let url = '';

beforeAll(async () => {
  writeFileSync(join(dir, 'parcels.fgb'), file);
  const middleware = dataMiddleware('/', { '/data/': dir });
  server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/parcels.fgb`;
  forgetRangeSupport();
  // The package's HTTP reader logs every step with console.debug.
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

function bruteForce(rect: Rect): string[] {
  return input
    .filter((f) => {
      const ring = f.geometry.coordinates[0]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      return !(
        Math.max(...xs) < rect.minX ||
        Math.min(...xs) > rect.maxX ||
        Math.max(...ys) < rect.minY ||
        Math.min(...ys) > rect.maxY
      );
    })
    .map((f) => String(f.properties!.id))
    .sort();
}

const ids = (features: { properties?: Record<string, unknown> | null }[]) =>
  features.map((f) => String(f.properties?.id)).sort();

const RECTS: [string, Rect, number][] = [
  // About a z14 viewport (1280 × 800 px) over the province centre.
  ['z14 viewport', { minX: 106.57, minY: 11.14, maxX: 106.68, maxY: 11.21 }, 20],
  ['one street block', { minX: 106.6, minY: 11.1, maxX: 106.602, maxY: 11.102 }, 0],
  ['outside the data', { minX: 107.5, minY: 12, maxX: 107.6, maxY: 12.1 }, 0],
  ['the whole province', { minX: 106, minY: 10, maxX: 108, maxY: 12 }, 3000],
];

describe('an indexed file we wrote, read by bounding box', () => {
  it('has an index and the envelope of its features in the header', async () => {
    const { header, collection } = await readFeatureCollection(file);
    expect(header?.hasIndex).toBe(true);
    expect(collection.features).toHaveLength(3000);
    const env = header!.envelope!;
    expect(env[0]).toBeGreaterThanOrEqual(106.3 - 0.001);
    expect(env[2]).toBeLessThanOrEqual(106.95 + 0.001);
  });

  for (const [name, rect, atLeast] of RECTS) {
    it(`${name}: our range reader and flatgeobuf's deserialize agree with a brute-force filter`, async () => {
      const want = bruteForce(rect);
      expect(want.length).toBeGreaterThanOrEqual(atLeast);

      const stats: TransferStats[] = [];
      const ours: Feature[] = [];
      for await (const f of readFeaturesInRect(url, rect, { onTransfer: (s) => stats.push(s) })) ours.push(f);
      expect(ids(ours)).toEqual(want);
      // Same coordinates as written.
      const byId = new Map(input.map((f) => [f.properties!.id, f.geometry]));
      for (const f of ours) expect(f.geometry).toEqual(byId.get(f.properties!.id));
      expect(stats[0]!.rangeUnsupported).toBe(false);
      if (want.length < 100) expect(stats[0]!.bytesFetched).toBeLessThan(file.length / 4);

      const theirs: { properties?: Record<string, unknown> }[] = [];
      for await (const f of deserialize(url, { rect })) theirs.push(f as never);
      expect(ids(theirs)).toEqual(want);

      const inMemory: { properties?: Record<string, unknown> }[] = [];
      for await (const f of deserialize(file, { rect })) inMemory.push(f as never);
      expect(ids(inMemory)).toEqual(want);
    });
  }
});
