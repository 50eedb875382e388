// `npm run bench` (part): reading a large indexed FlatGeobuf layer by the viewport's bounding box
// over HTTP Range, against downloading the whole file. Deterministic synthetic parcels
// (src/data/fgb/test-parcels.ts: 17-vertex polygons in lon 106.3–106.95, lat 10.85–11.5) at 100k
// and 1M features, written with our packed Hilbert R-tree, served by the dev server's data
// middleware (send, with Range) on a random port. The viewport is a 1280 × 800 px view at zoom 14
// over the box's centre (0.110° × 0.067°). Rows in bytes or requests carry `unit`; their
// `ours_ms`/`peer_ms` hold that unit. One row times the viewport source's worker side
// (src/import/rect-read.ts: the same read, to BinaryChunks). `agree`: the features returned are exactly those a
// brute-force bbox filter of the generated parcels gives. Appends its rows to bench/results.json
// (replacing rows of an earlier run of this file).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { dataMiddleware } from '../scripts/lib/serve-data';
import { textAt } from '../src/data/binary/text-dictionary';
import { forgetRangeSupport, readFeaturesInRect, type TransferStats } from '../src/data/fgb';
import { readRectChunks } from '../src/import/rect-read';
import { replaceResultRows, runMain } from './lib';
import { writeParcelFile } from './parcel-file';

const SIZES = (process.env.BENCH_RANGE_SIZES ?? '100000,1000000').split(',').map(Number);
const NAME_PREFIX = 'bbox read over HTTP Range';
const ZOOM = 14;
const VIEW = { w: 1280, h: 800, lon: 106.625, lat: 11.175 };

/** The viewport's bounding box at ZOOM in Web Mercator (256 px tiles). */
function viewport() {
  const degPerPx = 360 / 2 ** ZOOM / 256;
  const halfW = (VIEW.w / 2) * degPerPx;
  const halfH = (VIEW.h / 2) * degPerPx * Math.cos((VIEW.lat * Math.PI) / 180);
  return { minX: VIEW.lon - halfW, minY: VIEW.lat - halfH, maxX: VIEW.lon + halfW, maxY: VIEW.lat + halfH };
}

interface Encoded {
  file: string;
  size: number;
  featureBytes: Map<string, number>;
  wanted: string[];
}

/** Writes n parcels to an indexed file, noting the bytes of those in `rect`. */
function writeParcels(n: number, path: string, rect: ReturnType<typeof viewport>): Encoded {
  const featureBytes = new Map<string, number>();
  const wanted: string[] = [];
  const size = writeParcelFile(n, path, (f, bytes) => {
    const ring = f.geometry.coordinates[0]!;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x!);
      y0 = Math.min(y0, y!);
      x1 = Math.max(x1, x!);
      y1 = Math.max(y1, y!);
    }
    if (!(x1 < rect.minX || x0 > rect.maxX || y1 < rect.minY || y0 > rect.maxY)) {
      const id = String(f.properties!.id);
      wanted.push(id);
      featureBytes.set(id, bytes);
    }
  });
  return { file: path, size, featureBytes, wanted: wanted.sort() };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-range-'));
  const served = { requests: 0, bytes: 0 };
  const middleware = dataMiddleware('/', { '/data/': dir });
  const server = createServer((req, res) => {
    served.requests++;
    res.on('finish', () => {
      served.bytes += Number(res.getHeader('content-length') ?? 0);
    });
    middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`;
  console.debug = () => {}; // the package's HTTP reader logs every step
  const rect = viewport();
  const rows: Record<string, unknown>[] = [];
  // All files are written before any request: writing blocks the event loop for seconds, and a
  // kept-alive connection the server drops meanwhile would fail the next fetch.
  const written = SIZES.map((n) => {
    const t0 = performance.now();
    const enc = writeParcels(n, join(dir, `parcels-${n}.fgb`), rect);
    return { n, enc, writeMs: performance.now() - t0 };
  });
  try {
    for (const { n, enc, writeMs } of written) {
      const url = `${base}parcels-${n}.fgb`;
      const returnedBytes = enc.wanted.reduce((s, id) => s + enc.featureBytes.get(id)!, 0);

      forgetRangeSupport();
      let stats: TransferStats | null = null;
      const ids: string[] = [];
      const t1 = performance.now();
      for await (const f of readFeaturesInRect(url, rect, { onTransfer: (s) => (stats = s) })) {
        ids.push(String(f.properties!.id));
      }
      const oursMs = performance.now() - t1;
      const s = stats as unknown as TransferStats;
      const agree = JSON.stringify(ids.sort()) === JSON.stringify(enc.wanted);

      served.requests = 0;
      served.bytes = 0;
      const theirIds: string[] = [];
      for await (const f of deserialize(url, { rect })) theirIds.push(String(f.properties?.id));
      const peer = { ...served };
      const peerAgree = JSON.stringify(theirIds.sort()) === JSON.stringify(enc.wanted);

      // The same box through the viewport source's worker side: features to BinaryChunks (what the
      // map receives), in process (no worker, no postMessage).
      forgetRangeSupport();
      const chunkIds: string[] = [];
      let chunks = 0;
      const t3 = performance.now();
      const viaChunks = await readRectChunks(
        url,
        [rect.minX, rect.minY, rect.maxX, rect.maxY],
        new AbortController().signal,
        (c) => {
          chunks++;
          const col = c.columns.id!;
          if (col.kind === 'text')
            for (const code of col.codes) chunkIds.push(textAt(col.dictionary, code - 1));
        },
      );
      const chunksMs = performance.now() - t3;
      if (!viaChunks.ok) throw new Error(viaChunks.error.message);
      const chunksAgree = JSON.stringify(chunkIds.sort()) === JSON.stringify(enc.wanted);

      const t2 = performance.now();
      const whole = await (await fetch(url)).arrayBuffer();
      const wholeMs = performance.now() - t2;
      if (whole.byteLength !== enc.size) throw new Error('whole download size mismatch');

      const common = {
        size: n,
        features_returned: enc.wanted.length,
        file_bytes: enc.size,
        write_ms: +writeMs.toFixed(0),
      };
      rows.push(
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: bytes fetched vs whole file`,
          ...common,
          unit: 'bytes',
          ours_ms: s.bytesFetched,
          peer: 'download the whole file',
          peer_ms: enc.size,
          ratio: +(enc.size / s.bytesFetched).toFixed(1),
          agree,
        },
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: bytes fetched vs bytes of the features returned (target ≤ 2×)`,
          ...common,
          unit: 'bytes',
          ours_ms: s.bytesFetched,
          peer: 'bytes of the features returned',
          peer_ms: returnedBytes,
          ratio: +(returnedBytes / s.bytesFetched).toFixed(3),
          fetched_per_returned: +(s.bytesFetched / returnedBytes).toFixed(3),
          meets_target: s.bytesFetched <= 2 * returnedBytes,
          agree,
        },
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: requests`,
          ...common,
          unit: 'requests',
          ours_ms: s.requests,
          peer: "flatgeobuf deserialize(url, rect) (the package's HTTP reader)",
          peer_ms: peer.requests,
          ratio: +(peer.requests / s.requests).toFixed(2),
          peer_bytes: peer.bytes,
          whole_file_requests: 1,
          agree: agree && peerAgree,
        },
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: requests vs whole file`,
          ...common,
          unit: 'requests',
          ours_ms: s.requests,
          peer: 'download the whole file',
          peer_ms: 1,
          ours_bytes: s.bytesFetched,
          peer_bytes: enc.size,
          agree,
        },
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: read to BinaryChunks (viewport source, worker side)`,
          ...common,
          ours_ms: +chunksMs.toFixed(1),
          peer: 'readFeaturesInRect to GeoJSON features',
          peer_ms: +oursMs.toFixed(1),
          ratio: +(oursMs / chunksMs).toFixed(2),
          chunks,
          chunk_bytes_fetched: viaChunks.stats.bytesFetched,
          chunk_requests: viaChunks.stats.requests,
          note: 'runs after the GeoJSON read (warm code and connection)',
          agree: chunksAgree && viaChunks.features === enc.wanted.length,
        },
        {
          name: `${NAME_PREFIX}, z${ZOOM} viewport: time (local server)`,
          ...common,
          ours_ms: +oursMs.toFixed(1),
          peer: 'download the whole file (no decoding)',
          peer_ms: +wholeMs.toFixed(1),
          ratio: +(wholeMs / oursMs).toFixed(2),
          agree,
        },
      );
      console.log(
        `${n} parcels: file ${(enc.size / 1e6).toFixed(1)} MB (written in ${(writeMs / 1000).toFixed(1)} s); ` +
          `${enc.wanted.length} in view = ${(returnedBytes / 1e3).toFixed(0)} kB; fetched ${(s.bytesFetched / 1e3).toFixed(0)} kB ` +
          `in ${s.requests} requests, ${oursMs.toFixed(0)} ms (package reader: ${peer.requests} requests, ${(peer.bytes / 1e3).toFixed(0)} kB); ` +
          `whole file ${wholeMs.toFixed(0)} ms; to ${chunks} BinaryChunks ${chunksMs.toFixed(0)} ms; ` +
          `agree ${agree}/${peerAgree}/${chunksAgree}`,
      );
      rmSync(enc.file);
    }
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    rmSync(dir, { recursive: true, force: true });
  }
  replaceResultRows(NAME_PREFIX, rows);
}

runMain(main);
