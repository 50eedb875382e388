// The data middleware of the dev and preview servers against a real HTTP server on a random port
// (node's http and fetch): Range, HEAD and the answers a static host gives. Then the same through
// Vite's own dev server with the project's vite.config.ts, to check the plugin is wired.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeatureCollection, readFeaturesInRect, type TransferStats } from '../../src/data/fgb';
import { dataMiddleware } from './serve-data';

const dir = mkdtempSync(join(tmpdir(), 'serve-data-'));
const body = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
let server: Server;
let base = '';

beforeAll(async () => {
  writeFileSync(join(dir, 'layer.fgb'), body);
  writeFileSync(join(dir, '.hidden.fgb'), body);
  const middleware = dataMiddleware('/', { '/data/': dir });
  server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end('fallback')));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, range?: string, method = 'GET') =>
  fetch(`${base}${path}`, { method, headers: range ? { Range: range } : {} });
const bytesOf = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe('dataMiddleware', () => {
  it('serves a whole file with Accept-Ranges and its length', async () => {
    const r = await get('/data/layer.fgb');
    expect(r.status).toBe(200);
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    expect(r.headers.get('content-length')).toBe('1000');
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/Content-Range/);
    expect(await bytesOf(r)).toEqual(body);
  });

  it('answers a range with 206 and Content-Range', async () => {
    for (const [range, from, to] of [
      ['bytes=10-19', 10, 19],
      ['bytes=0-0', 0, 0],
      ['bytes=990-', 990, 999],
      ['bytes=-5', 995, 999],
      ['bytes=995-5000', 995, 999], // past the end: the part that exists
    ] as const) {
      const r = await get('/data/layer.fgb', range);
      expect(r.status, range).toBe(206);
      expect(r.headers.get('content-range'), range).toBe(`bytes ${from}-${to}/1000`);
      expect(await bytesOf(r), range).toEqual(body.slice(from, to + 1));
    }
  });

  it('answers 416 with the size for a range past the end', async () => {
    const r = await get('/data/layer.fgb', 'bytes=1000-1010');
    expect(r.status).toBe(416);
    expect(r.headers.get('content-range')).toBe('bytes */1000');
  });

  it('answers several ranges with the whole file (200), as documented', async () => {
    const r = await get('/data/layer.fgb', 'bytes=0-9,20-29');
    expect(r.status).toBe(200);
    expect(await bytesOf(r)).toEqual(body);
  });

  it('answers HEAD with the headers only, with or without a range', async () => {
    const whole = await get('/data/layer.fgb', undefined, 'HEAD');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe('1000');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect((await bytesOf(whole)).length).toBe(0);
    const part = await get('/data/layer.fgb', 'bytes=100-199', 'HEAD');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-length')).toBe('100');
  });

  it('passes on what it does not serve: other paths, missing files, dot-files, escapes', async () => {
    for (const path of ['/other/layer.fgb', '/data/missing.fgb', '/data/.hidden.fgb']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toBe('fallback');
    }
    // fetch would normalise the dots away: send the path as it is with node's http.
    for (const path of ['/data/../../../../etc/passwd', '/data/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const { status, text } = await new Promise<{ status: number; text: string }>((done, fail) => {
        request(`${base}${path}`, (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        })
          .on('error', fail)
          .end();
      });
      expect([403, 404], path).toContain(status);
      expect(text, path).not.toMatch(/root:/);
    }
  });
});

describe('the dev server (vite.config.ts) serves data/build with Range', () => {
  it('answers a range request for a built layer with 206', async () => {
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      configFile: join(import.meta.dirname, '../../vite.config.ts'),
      root: join(import.meta.dirname, '../..'),
      server: { port: 0, host: '127.0.0.1' },
      logLevel: 'silent',
      optimizeDeps: { noDiscovery: true },
    });
    try {
      await vite.listen();
      const port = (vite.httpServer!.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/data/parks.fgb`;
      const whole = await bytesOf(await fetch(url));
      expect(Array.from(whole.subarray(0, 3))).toEqual([0x66, 0x67, 0x62]); // "fgb"
      const r = await fetch(url, { headers: { Range: 'bytes=8-11' } });
      expect(r.status).toBe(206);
      expect(r.headers.get('content-range')).toBe(`bytes 8-11/${whole.length}`);
      expect(await bytesOf(r)).toEqual(whole.slice(8, 12));
      // The pipeline's file has an index: read by a box over this server, by ranges.
      const { header, collection } = await readFeatureCollection(whole);
      expect(header?.hasIndex).toBe(true);
      const stats: TransferStats[] = [];
      const inBox: string[] = [];
      const province = { minX: 106.2, minY: 10.8, maxX: 107.1, maxY: 11.6 };
      for await (const f of readFeaturesInRect(url, province, { onTransfer: (s) => stats.push(s) })) {
        inBox.push(String(f.properties?.id));
      }
      expect(inBox.sort()).toEqual(collection.features.map((f) => String(f.properties?.id)).sort());
      expect(stats[0]!.rangeUnsupported).toBe(false);
    } finally {
      await vite.close();
    }
  });
});
