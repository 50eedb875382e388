// readFeaturesInRect against local servers that each answer Range requests one way (strictly,
// loosely or not at all), with real indexed files, small ones included (where the package's first
// request of ~13 kB overshoots the file). The right features are those a whole-file read gives,
// filtered by bounding-box intersection with the rectangle.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Feature, Geometry } from 'geojson';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forgetRangeSupport, readFeatureCollection, readFeaturesInRect, type TransferStats } from './index';

const TESTDATA = new URL('../../../../shared/data/flatgeobuf-testdata/', import.meta.url);
const FILES = ['countries.fgb', 'mp_overlapping.fgb', 'triangle.fgb', 'no_properties.fgb', 'poly00.fgb'];
const bytes = Object.fromEntries(FILES.map((f) => [f, new Uint8Array(readFileSync(new URL(f, TESTDATA)))]));

type Answer = (body: Uint8Array, start: number, end: number, res: ServerResponse) => void;

const partial = (res: ServerResponse, body: Uint8Array, from: number, to: number, contentRange?: string) =>
  res
    .writeHead(206, contentRange === undefined ? {} : { 'Content-Range': contentRange })
    .end(body.subarray(from, to + 1));

/** How each server answers `Range: bytes=start-end` (end may be past the file). */
const BEHAVIOURS: Record<string, Answer> = {
  // RFC 9110: the part that exists, 416 only for a start past the end.
  strict: (body, start, end, res) => {
    if (start >= body.length) {
      res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
      return;
    }
    const last = Math.min(end, body.length - 1);
    partial(res, body, start, last, `bytes ${start}-${last}/${body.length}`);
  },
  // Refuses any range that runs past the end, saying the size.
  'overshoot-416': (body, start, end, res) => {
    if (end >= body.length) res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
    else partial(res, body, start, end, `bytes ${start}-${end}/${body.length}`);
  },
  // The same without saying the size.
  'overshoot-416-no-size': (body, start, end, res) => {
    if (end >= body.length) res.writeHead(416).end();
    else partial(res, body, start, end, `bytes ${start}-${end}/${body.length}`);
  },
  // 206 with 777 bytes more than asked and no Content-Range.
  'extra-bytes': (body, start, end, res) => partial(res, body, start, end + 777),
  // 206 with the range widened to 1 KiB blocks, as its Content-Range says.
  'block-aligned': (body, start, end, res) => {
    const from = Math.floor(start / 1024) * 1024;
    const to = Math.min(Math.ceil((end + 1) / 1024) * 1024, body.length) - 1;
    partial(res, body, from, to, `bytes ${from}-${to}/${body.length}`);
  },
  // 206 with at most 100 bytes of what was asked, as its Content-Range says.
  'short-206': (body, start, end, res) => {
    const last = Math.min(end, start + 99, body.length - 1);
    partial(res, body, start, last, `bytes ${start}-${last}/${body.length}`);
  },
  // 206 with the whole file, whatever was asked.
  'whole-206': (body, _start, _end, res) =>
    partial(res, body, 0, body.length - 1, `bytes 0-${body.length - 1}/${body.length}`),
  // Range not supported: 200 with the whole file.
  'ignores-range': (body, _start, _end, res) => res.writeHead(200).end(body),
};

const servers: Record<string, { server: Server; base: string; requests: number; ranges: string[] }> = {};

beforeAll(async () => {
  for (const [name, answer] of Object.entries(BEHAVIOURS)) {
    const entry = { server: null as unknown as Server, base: '', requests: 0, ranges: [] as string[] };
    entry.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      entry.requests++;
      entry.ranges.push(req.headers.range ?? 'none');
      const body = bytes[(req.url ?? '').slice(1)];
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (!m) res.writeHead(200).end(body);
      else answer(body, Number(m[1]), Number(m[2]), res);
    });
    await new Promise<void>((resolve) => entry.server.listen(0, '127.0.0.1', resolve));
    entry.base = `http://127.0.0.1:${(entry.server.address() as AddressInfo).port}`;
    servers[name] = entry;
  }
});

afterAll(async () => {
  await Promise.all(
    Object.values(servers).map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))),
  );
});

type Rect = { minX: number; minY: number; maxX: number; maxY: number };

function bboxOf(g: Geometry): Rect {
  const r = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      r.minX = Math.min(r.minX, c[0]);
      r.maxX = Math.max(r.maxX, c[0]);
      r.minY = Math.min(r.minY, c[1] as number);
      r.maxY = Math.max(r.maxY, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type !== 'GeometryCollection') visit(g.coordinates);
  else {
    for (const part of g.geometries) {
      const b = bboxOf(part);
      visit([
        [b.minX, b.minY],
        [b.maxX, b.maxY],
      ]);
    }
  }
  return r;
}

const intersects = (a: Rect, b: Rect) =>
  !(a.maxX < b.minX || a.minX > b.maxX || a.maxY < b.minY || a.minY > b.maxY);
const canonical = (features: Feature[]) =>
  features.map((f) => JSON.stringify([f.properties, f.geometry])).sort();

async function expected(file: string, rect: Rect): Promise<string[]> {
  const { collection } = await readFeatureCollection(bytes[file]!);
  return canonical(collection.features.filter((f) => intersects(bboxOf(f.geometry), rect)));
}

async function inRect(url: string, rect: Rect, stats?: TransferStats[]): Promise<string[]> {
  const out: Feature[] = [];
  for await (const f of readFeaturesInRect(url, rect, { onTransfer: (s) => stats?.push(s) })) out.push(f);
  return canonical(out);
}

// What a server taught the client is kept per page; each case starts from a fresh page.
beforeEach(() => forgetRangeSupport());

const CASES: [string, Rect, number][] = [
  ['countries.fgb', { minX: 104, minY: 10, maxX: 108, maxY: 20 }, 5],
  ['mp_overlapping.fgb', { minX: 14, minY: 54, maxX: 16, maxY: 56 }, 2],
  ['mp_overlapping.fgb', { minX: 0, minY: 0, maxX: 1, maxY: 1 }, 0],
  ['triangle.fgb', { minX: 0, minY: 0, maxX: 1, maxY: 1 }, 1],
  ['no_properties.fgb', { minX: -124, minY: 48, maxX: -123, maxY: 49 }, 1],
  ['poly00.fgb', { minX: 478000, minY: 4762000, maxX: 480000, maxY: 4764000 }, 1],
];

describe('readFeaturesInRect against servers that answer Range requests differently', () => {
  for (const behaviour of Object.keys(BEHAVIOURS)) {
    for (const [file, rect, atLeast] of CASES) {
      it(`${behaviour}: ${file} in ${JSON.stringify(rect)}`, async () => {
        const want = await expected(file, rect);
        expect(want.length).toBeGreaterThanOrEqual(atLeast);
        const server = servers[behaviour]!;
        server.requests = 0;
        expect(await inRect(`${server.base}/${file}`, rect)).toEqual(want);
        // A server that sends the whole file is asked once, not once per range.
        if (behaviour === 'ignores-range' || behaviour === 'whole-206') expect(server.requests).toBe(1);
      });
    }
  }
});

describe('a server that answers range requests with the whole file (200)', () => {
  const world = { minX: -180, minY: -90, maxX: 180, maxY: 90 };
  const vietnam = CASES[0]![1];

  it('is detected: the whole body is used once and the read says so', async () => {
    const server = servers['ignores-range']!;
    server.requests = 0;
    const stats: TransferStats[] = [];
    expect(await inRect(`${server.base}/countries.fgb`, vietnam, stats)).toEqual(
      await expected('countries.fgb', vietnam),
    );
    expect(server.requests).toBe(1);
    expect(stats).toEqual([
      { requests: 1, bytesFetched: bytes['countries.fgb']!.length, rangeUnsupported: true, wholeFile: true },
    ]);
  });

  it('is not asked for ranges again: the same file comes from memory, another one whole', async () => {
    const server = servers['ignores-range']!;
    await inRect(`${server.base}/countries.fgb`, vietnam);
    server.requests = 0;
    server.ranges = [];
    const stats: TransferStats[] = [];
    expect(await inRect(`${server.base}/countries.fgb`, world, stats)).toEqual(
      await expected('countries.fgb', world),
    );
    expect(server.requests).toBe(0);
    expect(stats[0]).toMatchObject({ requests: 0, rangeUnsupported: true });
    expect(await inRect(`${server.base}/poly00.fgb`, CASES[5]![1], stats)).toEqual(
      await expected('poly00.fgb', CASES[5]![1]),
    );
    // One plain request for the other file of that origin: no Range header sent.
    expect(server.ranges).toEqual(['none']);
    expect(stats[1]).toMatchObject({ requests: 1, rangeUnsupported: true, wholeFile: true });
  });

  it('does not mark a server that answers ranges (strict 206)', async () => {
    const server = servers.strict!;
    const stats: TransferStats[] = [];
    await inRect(`${server.base}/countries.fgb`, vietnam, stats);
    expect(stats[0]!.rangeUnsupported).toBe(false);
    expect(stats[0]!.wholeFile).toBe(false);
    expect(stats[0]!.bytesFetched).toBeLessThan(bytes['countries.fgb']!.length);
  });
});
