// The viewport source end to end: an indexed file of 24,000 synthetic parcels (our writer) served
// by a real local HTTP server, read through the import API over a real Comlink channel (chunks'
// buffers transferred). One server answers Range as the dev server does (send); another answers
// every request with 200 and the whole file. Expected features are found independently: Turf's
// bbox of each generated parcel against the view's box.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import turfBbox from '@turf/bbox';
import { expose } from 'comlink';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataMiddleware } from '../../scripts/lib/serve-data';
import { textAt } from '../data/binary/text-dictionary';
import type { BinaryChunk } from '../data/binary/types';
import { forgetRangeSupport, writeFeatures } from '../data/fgb';
import { parcels } from '../data/fgb/test-parcels';
import { createImportApi } from '../import/api';
import { createImportClient, type ImportClient } from '../import/client';
import type { Bbox, ChunkReadOutcome, UrlProbe } from '../import/rect-read';
import { chooseUrlReading } from './url-reading';
import { type ViewportNotice, ViewportSource } from './viewport-source';

const N = 24_000;
const input = [...parcels(N, 3)];
const file = writeFeatures(input, { name: 'parcels' });
const dir = mkdtempSync(join(tmpdir(), 'viewport-source-'));

/** One server and what it saw: each request's Range header, and requests closed before an answer. */
interface Served {
  server: Server;
  url: string;
  ranges: string[];
  closedEarly: number;
  delayMs: number;
}

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Served> {
  const s: Served = { server: null as unknown as Server, url: '', ranges: [], closedEarly: 0, delayMs: 0 };
  s.server = createServer((req, res) => {
    s.ranges.push(req.headers.range ?? 'none');
    res.on('close', () => {
      if (!res.writableFinished) s.closedEarly++;
    });
    setTimeout(() => handle(req, res), s.delayMs);
  });
  await new Promise<void>((done) => s.server.listen(0, '127.0.0.1', done));
  s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}/data/parcels.fgb`;
  return s;
}

let ranged: Served;
let whole: Served;
let client: ImportClient;
let closeChannel: () => void;

beforeAll(async () => {
  writeFileSync(join(dir, 'parcels.fgb'), file);
  const middleware = dataMiddleware('/', { '/data/': dir });
  ranged = await serve((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  whole = await serve((_req, res) => res.writeHead(200, { 'Content-Length': file.length }).end(file));
  const { port1, port2 } = new MessageChannel();
  expose(createImportApi(), port1 as unknown as Parameters<typeof expose>[1]);
  client = createImportClient(port2 as unknown as Worker);
  closeChannel = () => {
    port1.close();
    port2.close();
  };
  vi.spyOn(console, 'debug').mockImplementation(() => {}); // the package's HTTP reader logs each step
});

afterAll(async () => {
  vi.restoreAllMocks();
  closeChannel();
  for (const s of [ranged, whole]) await new Promise<void>((done) => s.server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  forgetRangeSupport();
  for (const s of [ranged, whole]) {
    s.ranges.length = 0;
    s.closedEarly = 0;
    s.delayMs = 0;
  }
});

/** Ids of the generated parcels whose Turf bbox meets `box` (edges touching count, as in the index). */
function expectedIds(box: Bbox): string[] {
  return input
    .filter((f) => {
      const [x0, y0, x1, y1] = turfBbox(f);
      return !(x1 < box[0] || x0 > box[2] || y1 < box[1] || y0 > box[3]);
    })
    .map((f) => String(f.properties!.id))
    .sort();
}

/** The `id` column of chunks, decoded. */
function idsOf(chunks: BinaryChunk[]): string[] {
  const ids: string[] = [];
  for (const c of chunks) {
    const col = c.columns.id!;
    if (col.kind !== 'text') throw new Error('id is not a text column');
    for (let i = 0; i < c.count; i++) ids.push(textAt(col.dictionary, col.codes[i]! - 1));
  }
  return ids.sort();
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

/** A source whose deliveries and notices are recorded, and whose rect reads' outcomes are kept. */
function recorded(url: string, minZoom = 12, header?: UrlProbe['header'], rangeSupported?: boolean) {
  const deliveries: { chunks: BinaryChunk[]; bbox: Bbox | null }[] = [];
  const notices: (ViewportNotice | null)[] = [];
  const outcomes: { bbox: Bbox; outcome: ChunkReadOutcome }[] = [];
  const spy: Pick<ImportClient, 'readRect' | 'readWhole'> = {
    readRect: async (u, bbox, options) => {
      const outcome = await client.readRect(u, bbox, options);
      outcomes.push({ bbox, outcome });
      return outcome;
    },
    readWhole: (u, options) => client.readWhole(u, options),
  };
  const source = new ViewportSource(
    url,
    spy,
    { onChunks: (chunks, bbox) => deliveries.push({ chunks, bbox }), onNotice: (n) => notices.push(n) },
    {
      minZoom,
      debounceMs: 10,
      featureCount: N,
      ...(header ? { header } : {}),
      ...(rangeSupported === undefined ? {} : { rangeSupported }),
    },
  );
  return { source, deliveries, notices, outcomes };
}

// Two views at about zoom 14 (0.110° × 0.067°) in different parts of the province.
const A: Bbox = [106.4, 10.95, 106.51, 11.017];
const B: Bbox = [106.7, 11.3, 106.81, 11.367];

describe('ViewportSource over a server with Range', () => {
  it('probes the header and chooses to read the layer by viewport', async () => {
    const reading = await chooseUrlReading(ranged.url, client);
    if (reading.mode !== 'viewport') throw new Error('expected the viewport mode');
    expect(reading.probe.featureCount).toBe(N);
    expect(reading.probe.hasIndex).toBe(true);
    expect(reading.probe.rangeSupported).toBe(true);
    expect(ranged.ranges.every((r) => r.startsWith('bytes='))).toBe(true);
    expect(reading.probe.bytesFetched).toBeLessThan(file.length / 100);
  });

  it('fetches the header once per layer: the probe reads it, the view reads reuse it', async () => {
    // The header's two small requests, worked out from the file: the magic bytes and the header's
    // length (8 + 4 bytes), then the length-prefixed header.
    const headerLength = new DataView(file.buffer, file.byteOffset).getUint32(8, true);
    const headerRequests = ['bytes=0-11', `bytes=8-${11 + headerLength}`];
    const reading = await chooseUrlReading(ranged.url, client);
    if (reading.mode !== 'viewport') throw new Error('expected the viewport mode');
    expect(ranged.ranges).toEqual(headerRequests);
    const { source, deliveries } = recorded(ranged.url, 12, reading.probe.header);
    source.setView(A, 14);
    await until(() => deliveries.length === 1, "A's read");
    source.setView(B, 14);
    await until(() => deliveries.length === 2, "B's read");
    expect(idsOf(deliveries[0]!.chunks)).toEqual(expectedIds(A));
    expect(idsOf(deliveries[1]!.chunks)).toEqual(expectedIds(B));
    // Two view reads after the probe, and still only the probe's two header requests.
    expect(ranged.ranges.filter((r) => headerRequests.includes(r))).toEqual(headerRequests);
    source.destroy();
  });

  it('fails a read, naming the file, when the file changed since its header was probed', async () => {
    const reading = await chooseUrlReading(ranged.url, client);
    if (reading.mode !== 'viewport') throw new Error('expected the viewport mode');
    const stale = { ...reading.probe.header, featuresCount: N + 1 };
    const { source, deliveries, notices } = recorded(ranged.url, 12, stale);
    source.setView(A, 14);
    await until(() => notices.length === 1, 'the notice');
    expect(notices[0]!.key).toBe('viewport.error.read');
    expect(notices[0]!.params.file).toBe('parcels.fgb');
    expect(String(notices[0]!.params.detail)).toContain('changed');
    expect(deliveries).toEqual([]);
    source.destroy();
  });

  it("reads exactly the features meeting the view's box, by range", async () => {
    const { source, deliveries, notices } = recorded(ranged.url);
    source.setView(A, 14);
    await until(() => deliveries.length === 1, 'the read');
    const want = expectedIds(A);
    expect(want.length).toBeGreaterThan(100);
    expect(deliveries[0]!.bbox).toEqual(A);
    expect(idsOf(deliveries[0]!.chunks)).toEqual(want);
    expect(deliveries[0]!.chunks.reduce((n, c) => n + c.count, 0)).toBe(want.length);
    expect(notices).toEqual([]);
    expect(ranged.ranges.every((r) => r.startsWith('bytes='))).toBe(true);
    source.destroy();
  });

  it('aborts the read the camera moved away from: its chunks never arrive', async () => {
    const { source, deliveries, outcomes } = recorded(ranged.url);
    ranged.delayMs = 150; // keeps A's read in flight while the camera moves
    source.setView(A, 14);
    await until(() => ranged.ranges.length > 0, "A's first request");
    source.setView(B, 14);
    await until(() => outcomes.length === 2 && deliveries.length === 1, 'both reads to end');
    const a = outcomes.find((o) => o.bbox === A)!.outcome;
    expect(a.ok ? 'completed' : a.error.key).toBe('import.error.cancelled');
    expect(deliveries.map((d) => d.bbox)).toEqual([B]);
    expect(idsOf(deliveries[0]!.chunks)).toEqual(expectedIds(B));
    expect(ranged.closedEarly).toBeGreaterThan(0); // the abort reached the request
    source.destroy();
  });

  it('below the minimum zoom reads nothing and asks to zoom in; zooming in clears it', async () => {
    const { source, deliveries, notices } = recorded(ranged.url, 14);
    source.setView([106.3, 10.85, 106.95, 11.5], 11);
    await new Promise((r) => setTimeout(r, 50));
    expect(ranged.ranges).toEqual([]);
    expect(notices.map((n) => n?.key)).toEqual(['viewport.notice.zoomIn']);
    expect(notices[0]!.params.count).toBe(N);
    source.setView(A, 14);
    await until(() => deliveries.length === 1, 'the read');
    expect(notices.at(-1)).toBeNull();
    source.destroy();
  });

  it('does not read again for a view inside the box already read', async () => {
    const { source, deliveries } = recorded(ranged.url);
    source.setView(A, 14);
    await until(() => deliveries.length === 1, 'the read');
    const requests = ranged.ranges.length;
    source.setView([A[0] + 0.01, A[1] + 0.01, A[2] - 0.01, A[3] - 0.01], 15);
    await new Promise((r) => setTimeout(r, 50));
    expect(ranged.ranges.length).toBe(requests);
    expect(deliveries.length).toBe(1);
    source.destroy();
  });
});

describe('ViewportSource on a failing read', () => {
  it('notices the failure naming the file and the HTTP status, and delivers nothing', async () => {
    const { source, deliveries, notices } = recorded(ranged.url.replace('parcels.fgb', 'missing.fgb'));
    source.setView(A, 14);
    await until(() => notices.length === 1, 'the notice');
    expect(notices[0]!.key).toBe('viewport.error.read');
    expect(notices[0]!.params.file).toBe('missing.fgb');
    expect(String(notices[0]!.params.detail)).toContain('404');
    expect(deliveries).toEqual([]);
    source.destroy();
  });
});

describe('ViewportSource over a server that ignores Range (200, whole file)', () => {
  it('reads the whole file once, says so, and asks for no range again', async () => {
    const { source, deliveries, notices } = recorded(whole.url);
    source.setView(A, 14);
    await until(() => deliveries.length === 1, 'the whole read');
    expect(deliveries[0]!.bbox).toBeNull();
    const all = input.map((f) => String(f.properties!.id)).sort();
    expect(idsOf(deliveries[0]!.chunks)).toEqual(all);
    expect(notices.map((n) => n?.key)).toEqual(['viewport.notice.wholeFile']);
    expect(whole.ranges.length).toBe(1); // the first range request, answered with the whole file
    source.setView(B, 14);
    source.setView([106.3, 10.85, 106.95, 11.5], 10);
    await new Promise((r) => setTimeout(r, 100));
    expect(whole.ranges.length).toBe(1);
    expect(deliveries.length).toBe(1);
    source.destroy();
  });

  it('probe reports no Range support; the read after it downloads nothing more', async () => {
    const reading = await chooseUrlReading(whole.url, client);
    if (reading.mode !== 'viewport') throw new Error('expected the viewport mode');
    expect(reading.probe.rangeSupported).toBe(false);
    const { source, deliveries, notices } = recorded(whole.url);
    source.setView(B, 14);
    await until(() => deliveries.length === 1, 'the whole read');
    expect(deliveries[0]!.chunks.reduce((n, c) => n + c.count, 0)).toBe(N);
    expect(notices.map((n) => n?.key)).toEqual(['viewport.notice.wholeFile']);
    expect(whole.ranges.length).toBe(1);
    source.destroy();
  });
});

describe('ViewportSource told by the probe that the server ignores Range', () => {
  it('reads the whole layer at the first view, even zoomed out, with its notice at once', async () => {
    const reading = await chooseUrlReading(whole.url, client);
    if (reading.mode !== 'viewport') throw new Error('expected the viewport mode');
    const before = whole.ranges.length;
    // Zoomed out below minZoom: without the probe's answer this asked the user to zoom in,
    // although the probe had downloaded the whole file (a newcomer's finding).
    const { source, deliveries, notices } = recorded(whole.url, 12, reading.probe.header, false);
    source.setView([106.3, 10.85, 106.95, 11.5], 9);
    await until(() => deliveries.length === 1, 'the whole read');
    expect(deliveries[0]!.chunks.reduce((n, c) => n + c.count, 0)).toBe(N);
    expect(notices.map((n) => n?.key)).toEqual(['viewport.notice.wholeFile']);
    expect(whole.ranges.length).toBe(before); // the probe's copy, no request more
    source.destroy();
  });
});

describe('readRect over Comlink', () => {
  it("transfers each chunk's buffers: the worker's copies are detached once sent", async () => {
    const { port1, port2 } = new MessageChannel();
    const api = createImportApi();
    const sent: BinaryChunk[] = [];
    expose(
      {
        ...api,
        readRect: (job: number, url: string, bbox: Bbox, onChunk: (c: BinaryChunk) => unknown) =>
          api.readRect(job, url, bbox, (c) => {
            sent.push(c);
            return onChunk(c);
          }),
      },
      port1 as unknown as Parameters<typeof expose>[1],
    );
    const own = createImportClient(port2 as unknown as Worker);
    try {
      const received: BinaryChunk[] = [];
      const out = await own.readRect(ranged.url, A, { onChunk: (c) => void received.push(c) });
      expect(out.ok && out.features).toBe(expectedIds(A).length);
      expect(received.length).toBe(sent.length);
      expect(received[0]!.polygons.positions.value.length).toBeGreaterThan(0);
      expect(sent[0]!.polygons.positions.value.length).toBe(0); // detached by the transfer
    } finally {
      port1.close();
      port2.close();
    }
  });
});
