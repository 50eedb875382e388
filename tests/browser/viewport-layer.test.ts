// A large layer from a URL read by the viewport (issue 10 §2), in the built app, one page: 30,000
// synthetic parcels in an indexed FlatGeobuf (our writer) on a separate local server that honours
// Range (the dev server's `send` middleware, with CORS), added by a link's `src=`. The layer's row
// has the file's count; the app holds exactly the parcels whose box meets the map's view (counted
// here independently with Turf's bbox), fetched with range requests only (206) and far fewer bytes
// than the file; a move to another place reads that place's parcels instead.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import turfBbox from '@turf/bbox';
import type { Feature, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataMiddleware } from '../../scripts/lib/serve-data';
import { parcels } from '../../src/data/fgb/test-parcels';
import { writeFeatures } from '../../src/data/fgb/writer';
import { openSettledApp, waitForMapReady } from './harness';

const COUNT = 30_000;
const all: Feature<Polygon>[] = [...parcels(COUNT, 7)];
const bytes = writeFeatures(all, { name: 'parcels' });
const dir = mkdtempSync(join(tmpdir(), 'viewport-layer-'));
const seen: { range: string; status: number; bytes: number }[] = [];
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  writeFileSync(join(dir, 'parcels.fgb'), bytes);
  const middleware = dataMiddleware('/', { '/data/': dir });
  server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Headers': 'Range',
        'Access-Control-Allow-Methods': 'GET, HEAD',
      });
      res.end();
      return;
    }
    res.on('finish', () =>
      seen.push({
        range: req.headers.range ?? 'none',
        status: res.statusCode,
        bytes: Number(res.getHeader('content-length') ?? 0),
      }),
    );
    middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/parcels.fgb`;
  ({ browser, page } = await openSettledApp('#lang=vi'));
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => server?.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

const ROW = 'li[data-testid="layer-row"][data-layer-id="user:1"]';

/** The parcels whose box meets `view` [w, s, e, n], by Turf: what a bbox read must return. */
function expected(view: number[]): number {
  return all.filter((f) => {
    const [x0, y0, x1, y1] = turfBbox(f);
    return x0 <= view[2]! && x1 >= view[0]! && y0 <= view[3]! && y1 >= view[1]!;
  }).length;
}

describe('a large layer read by the viewport', () => {
  it('holds exactly the features in view, read over HTTP Range, and reads another place after a move', async () => {
    await page.evaluate(
      (h) => {
        location.hash = h;
      },
      `#lang=vi&lat=11.1&lon=106.6&z=15&src=${encodeURIComponent(url)}`,
    );
    await page.reload({ waitUntil: 'load' });
    await waitForMapReady(page);
    await page.waitForSelector(`${ROW}[data-status="ready"]`, { timeout: 60_000 });
    expect(await page.$eval(ROW, (el) => (el as HTMLElement).dataset.featureCount)).toBe(String(COUNT));

    const readView = async () => {
      await page.waitForFunction(
        () => {
          const held = document.querySelector('[data-layer-id="user:1"] [data-features-held]');
          return held !== null && Number(held.getAttribute('data-features-held')) > 0;
        },
        null,
        { timeout: 60_000 },
      );
      return page.evaluate(() => {
        const m = (
          document.querySelector('[data-testid="map"]') as unknown as {
            maplibreMap: {
              getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number };
            };
          }
        ).maplibreMap;
        const b = m.getBounds();
        const held = document.querySelector('[data-layer-id="user:1"] [data-features-held]');
        return {
          view: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
          held: Number(held?.getAttribute('data-features-held')),
        };
      });
    };
    const first = await readView();
    expect(first.held).toBe(expected(first.view));
    // Only ranges were asked for, and they fetched a small part of the file.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.status === 206 && r.range.startsWith('bytes='))).toBe(true);
    const fetched = seen.reduce((n, r) => n + r.bytes, 0);
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(bytes.length / 4);

    const before = seen.length;
    await page.evaluate(() => {
      const m = (
        document.querySelector('[data-testid="map"]') as unknown as {
          maplibreMap: { jumpTo(o: object): void };
        }
      ).maplibreMap;
      m.jumpTo({ center: [106.85, 11.4], zoom: 15 });
    });
    await expect.poll(() => seen.length, { timeout: 60_000, interval: 200 }).toBeGreaterThan(before);
    await page.waitForFunction(
      (prev) => {
        const held = document.querySelector('[data-layer-id="user:1"] [data-features-held]');
        return held !== null && held.getAttribute('data-features-held') !== String(prev);
      },
      first.held,
      { timeout: 60_000 },
    );
    const second = await readView();
    expect(second.view[0]).toBeGreaterThan(106.8);
    expect(second.held).toBe(expected(second.view));
    expect(seen.length).toBeGreaterThan(before);
    expect(seen.every((r) => r.status === 206)).toBe(true);
  });
});
