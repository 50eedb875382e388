// `npm run bench` (part): a large layer imported as binary chunks (issue 10 §2) against the usual
// GeoJSON route. Deterministic synthetic parcels (src/data/fgb/test-parcels.ts: 17-corner polygons,
// ring closed, in lon 106.3–106.95, lat 10.85–11.5) at 100k and 1M, written once as FlatGeobuf (no
// index: file order = generation order) and as GeoJSON text with the same features.
//
// Ours: the import worker's code path, createImportApi().importFile(Blob from the file, onChunk),
// every chunk moved through a real MessageChannel with its buffers in the transfer list, timed until
// the last chunk is received. The import makes no triangles (the map has them made in a worker when
// it first draws a chunk's shapes, src/map/deck/chunk-triangles.ts): the row "with earcut
// triangles" adds triangulatePolygons and the per-vertex feature ids (withFeatureIds) of every
// received chunk, as if every chunk were drawn as shapes at once. Peer: read the text, JSON.parse, flatten every polygon with earcut.flatten into
// growing typed arrays, earcut it (the usual in-page route before deck.gl); without earcut for the
// other row. At 1M the peer reads newline-delimited GeoJSON line by line: the FeatureCollection as
// one string (≈ 0.7 GB) exceeds V8's string limit. Both sides read their file from disk inside the
// timing.
// Memory: heap + arrayBuffers still held after gc, measured in a child process per side (node
// --expose-gc), ours = the received chunks as the import leaves them, and again with every chunk's
// triangles and per-vertex ids (a layer whose every chunk has been drawn as shapes); peer = the parsed GeoJSON
// features; a peer that cannot hold them (out of memory) is reported as null with the reason.
// `agree`: same feature count on both sides and the sampled features' ring coordinates equal
// within the float32 bound of the chunk (2e-8° over this box).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openAsBlob, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import earcut, { flatten } from 'earcut';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Polygon, Position } from 'geojson';
import { chunkBuffers } from '../src/data/binary/builder';
import { featureAt } from '../src/data/binary/feature';
import { withFeatureIds } from '../src/data/binary/feature-ids';
import { GrowableF64, GrowableU32 } from '../src/data/binary/growable';
import { triangulatePolygons } from '../src/data/binary/triangulate';
import type { BinaryChunk } from '../src/data/binary/types';
import { inferColumns } from '../src/data/fgb';
import { emitFile } from '../src/data/fgb/indexed-file';
import { parcels } from '../src/data/fgb/test-parcels';
import { createImportApi } from '../src/import/api';
import { median, replaceResultRows, runMain } from './lib';

const SIZES = (process.env.BENCH_BINARY_SIZES ?? '100000,1000000').split(',').map(Number);
const NAME_PREFIX = 'binary layer';
/** Above this the peer reads NDJSON line by line (one JSON string would pass V8's limit). */
const ONE_STRING_MAX = 200_000;
const SELF = fileURLToPath(import.meta.url);

interface Inputs {
  fgb: string;
  text: string;
  ndjson: boolean;
  fgbBytes: number;
  textBytes: number;
}

/** Writes n parcels as an unindexed FlatGeobuf and as GeoJSON text (one document or NDJSON). */
function writeInputs(n: number, dir: string): Inputs {
  const columns = inferColumns([...parcels(10)]);
  const meta: HeaderMeta = {
    geometryType: GeometryType.Polygon,
    columns,
    envelope: null,
    featuresCount: n,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const ndjson = n > ONE_STRING_MAX;
  const text = join(dir, ndjson ? `parcels-${n}.geojsonl` : `parcels-${n}.geojson`);
  const textFd = openSync(text, 'w');
  let textBytes = 0;
  const out = (s: string) => {
    textBytes += writeSync(textFd, s);
  };
  if (!ndjson) out('{"type":"FeatureCollection","features":[\n');
  const encoded: Uint8Array[] = [];
  const boxes = new Float64Array(n * 4);
  let i = 0;
  let pending: string[] = [];
  for (const f of parcels(n)) {
    encoded.push(buildFeature(parseGeometry(f.geometry), f.properties as never, meta));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of f.geometry.coordinates[0]!) {
      x0 = Math.min(x0, x!);
      y0 = Math.min(y0, y!);
      x1 = Math.max(x1, x!);
      y1 = Math.max(y1, y!);
    }
    boxes.set([x0, y0, x1, y1], i * 4);
    pending.push(JSON.stringify(f));
    if (pending.length === 10_000 || i === n - 1) {
      out(pending.join(ndjson ? '\n' : ',\n') + (ndjson || i === n - 1 ? '\n' : ',\n'));
      pending = [];
    }
    i++;
  }
  if (!ndjson) out(']}\n');
  closeSync(textFd);
  const fgb = join(dir, `parcels-${n}.fgb`);
  const fd = openSync(fgb, 'w');
  let fgbBytes = 0;
  emitFile(
    { geometryType: GeometryType.Polygon, columns, indexNodeSize: 0, epsg: 4326, name: 'parcels' },
    { count: n, boxes, bytesOf: (k) => encoded[k]! },
    (chunk) => {
      fgbBytes += writeSync(fd, chunk);
    },
  );
  closeSync(fd);
  return { fgb, text, ndjson, fgbBytes, textBytes };
}

/**
 * How our side reads its file. A dropped file reaches the import worker as a File, whose
 * `slice(a, b).arrayBuffer()` the browser serves from its own process. Node has no such File:
 * `openAsBlob`'s slices read through a stream in 64 KiB steps on the calling thread (≈ 0.45–0.86 s
 * for 300 MB here, against ≈ 0.08 s for the same 4 MiB ranges read with positioned fs reads), so
 * at 1M its reads, not the decoder, set the pace. 'fs': a File-shaped object whose slices are
 * each one positioned read (`FileHandle.read`); 'openAsBlob': Node's own, reported as its own row.
 */
type Reader = 'fs' | 'openAsBlob';

/** A Blob-shaped view of a file on disk: `size`, and `slice(a, b).arrayBuffer()` as one read. */
async function diskFile(path: string): Promise<{ blob: Blob; close: () => Promise<void> }> {
  const handle = await open(path);
  const { size } = await handle.stat();
  const slice = (start = 0, end = size) => ({
    size: end - start,
    async arrayBuffer() {
      const bytes = new Uint8Array(Math.max(0, Math.min(end, size) - start));
      let at = 0;
      while (at < bytes.length) {
        const { bytesRead } = await handle.read(bytes, at, bytes.length - at, start + at);
        if (bytesRead === 0) throw new Error(`${path}: file ended at ${start + at}`);
        at += bytesRead;
      }
      return bytes.buffer;
    },
  });
  return { blob: { size, slice } as unknown as Blob, close: () => handle.close() };
}

/** Ours: chunks made from the file and received through a MessageChannel with a transfer list. */
async function ours(
  path: string,
  n: number,
  triangulate: boolean,
  reader: Reader = 'fs',
): Promise<{ ms: number; chunks: BinaryChunk[] }> {
  const { port1, port2 } = new MessageChannel();
  const chunks: BinaryChunk[] = [];
  let received = 0;
  const all = new Promise<void>((done) => {
    port2.onmessage = (e: MessageEvent<BinaryChunk>) => {
      chunks.push(e.data);
      received += e.data.count;
      if (received === n) done();
    };
  });
  const send = (c: BinaryChunk) => port1.postMessage(c, chunkBuffers(c));
  const file =
    reader === 'fs' ? await diskFile(path) : { blob: await openAsBlob(path), close: async () => {} };
  const blob = file.blob;
  const t0 = performance.now();
  const out = await createImportApi().importFile(
    1,
    blob,
    'parcels.fgb',
    { allowLarge: true },
    undefined,
    send,
  );
  if (!out.ok) throw new Error(out.error.message);
  if (out.result.binary?.count !== n) throw new Error('not imported as a binary layer');
  await all;
  // As drawn as shapes: the triangles and deck.gl's per-vertex feature ids (feature-ids.ts).
  if (triangulate)
    for (const c of chunks) {
      c.polygons.triangles.value = triangulatePolygons(c.polygons);
      withFeatureIds(c);
    }
  const ms = performance.now() - t0;
  await file.close();
  port1.close();
  port2.close();
  return { ms, chunks };
}

const SAMPLE_EVERY = 9_973;

/** Peer: text → JSON.parse → earcut.flatten into typed arrays (→ earcut). Keeps sampled rings. */
function peer(inputs: Inputs, triangulate: boolean, keep?: Feature<Polygon>[]) {
  const vertices = new GrowableF64();
  const triangles = new GrowableU32();
  const samples = new Map<number, Position[]>();
  let count = 0;
  const handle = (f: Feature<Polygon>) => {
    if (keep) keep.push(f);
    else {
      const data = flatten(f.geometry.coordinates);
      const base = vertices.length / 2;
      const v = data.vertices;
      for (let k = 0; k < v.length; k += 2) vertices.push2(v[k]!, v[k + 1]!);
      if (triangulate) for (const t of earcut(v, data.holes, data.dimensions)) triangles.push(base + t);
    }
    if (count % SAMPLE_EVERY === 0) samples.set(count, f.geometry.coordinates[0]!);
    count++;
  };
  const t0 = performance.now();
  if (!inputs.ndjson) {
    const doc = JSON.parse(readFileSync(inputs.text, 'utf8')) as { features: Feature<Polygon>[] };
    for (const f of doc.features) handle(f);
  } else {
    const buf = readFileSync(inputs.text);
    let start = 0;
    for (let end = buf.indexOf(10, start); end !== -1; end = buf.indexOf(10, start)) {
      if (end > start) handle(JSON.parse(buf.toString('utf8', start, end)));
      start = end + 1;
    }
  }
  return { ms: performance.now() - t0, count, samples, triangles: triangles.length / 3 };
}

function agreement(chunks: BinaryChunk[], n: number, p: ReturnType<typeof peer>): boolean {
  const total = chunks.reduce((s, c) => s + c.count, 0);
  if (total !== n || p.count !== n) return false;
  const sorted = [...chunks].sort((a, b) => a.first - b.first);
  for (const [k, ring] of p.samples) {
    const chunk = sorted.findLast((c) => c.first <= k)!;
    const got = (featureAt(chunk, k - chunk.first).geometry as Polygon).coordinates[0]!;
    if (got.length !== ring.length) return false;
    for (let v = 0; v < ring.length; v++) {
      if (Math.abs(got[v]![0]! - ring[v]![0]!) > 2e-8 || Math.abs(got[v]![1]! - ring[v]![1]!) > 2e-8)
        return false;
    }
  }
  return p.samples.size > 0;
}

function heldMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

/** In a child process: memory held by one side's result (MB), printed as JSON on the last line. */
async function child(side: string, n: number, inputs: Inputs): Promise<void> {
  const before = heldMb();
  let held: unknown;
  let count = 0;
  if (side === 'ours' || side === 'ours+triangles') {
    const { chunks } = await ours(inputs.fgb, n, side === 'ours+triangles');
    held = chunks;
    count = chunks.reduce((s, c) => s + c.count, 0);
  } else {
    const keep: Feature<Polygon>[] = [];
    peer(inputs, false, keep);
    held = keep;
    count = keep.length;
  }
  const after = heldMb();
  console.log(JSON.stringify({ mb: after - before, count, kept: Array.isArray(held) }));
}

function memoryOf(
  side: 'ours' | 'ours+triangles' | 'peer',
  n: number,
  inputs: Inputs,
): { mb: number | null; error?: string } {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', SELF, 'child', side, String(n), JSON.stringify(inputs)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const out = JSON.parse(last) as { mb: number; count: number };
    if (out.count !== n) return { mb: null, error: `held ${out.count} of ${n} features` };
    return { mb: out.mb };
  } catch {
    const why = /heap out of memory|Allocation failed/i.test(run.stderr)
      ? 'out of memory (V8 heap limit)'
      : `exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`;
    return { mb: null, error: why };
  }
}

const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  if (process.argv[2] === 'child') {
    await child(process.argv[3]!, Number(process.argv[4]), JSON.parse(process.argv[5]!) as Inputs);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-binary-'));
  const rows: Record<string, unknown>[] = [];
  try {
    for (const n of SIZES) {
      const t0 = performance.now();
      const inputs = writeInputs(n, dir);
      console.log(
        `${n} parcels: fgb ${r1(inputs.fgbBytes / 1e6)} MB, ${inputs.ndjson ? 'NDJSON' : 'GeoJSON'} ${r1(inputs.textBytes / 1e6)} MB (written in ${r1((performance.now() - t0) / 1000)} s)`,
      );
      // Three runs at every size, the median reported: a single 1M run moved by a third between
      // runs on this machine (the peer's 12–21 s), enough to flip a ratio near its target.
      const runs = 3;
      const note = inputs.ndjson
        ? 'peer reads newline-delimited GeoJSON line by line: the FeatureCollection as one string would exceed V8’s string limit'
        : 'peer parses one GeoJSON FeatureCollection string';
      const common = {
        size: n,
        fgb_mb: r1(inputs.fgbBytes / 1e6),
        text_mb: r1(inputs.textBytes / 1e6),
        note,
      };
      const variants: { triangulate: boolean; reader: Reader }[] = [
        { triangulate: true, reader: 'fs' },
        { triangulate: false, reader: 'fs' },
        { triangulate: false, reader: 'openAsBlob' },
      ];
      for (const { triangulate, reader } of variants) {
        const o: number[] = [];
        const q: number[] = [];
        let agree = true;
        for (let r = 0; r < runs; r++) {
          const mine = await ours(inputs.fgb, n, triangulate, reader);
          o.push(mine.ms);
          const theirs = peer(inputs, triangulate);
          q.push(theirs.ms);
          agree &&= agreement(mine.chunks, n, theirs);
        }
        const [om, qm] = [median(o), median(q)];
        const what = triangulate
          ? 'fgb → render-ready typed arrays (with earcut triangles of every chunk)'
          : reader === 'fs'
            ? 'fgb → typed arrays as the import makes them (no triangles)'
            : 'fgb → typed arrays as the import makes them, file read by Node’s openAsBlob';
        rows.push({
          name: `${NAME_PREFIX}: ${what}`,
          ...common,
          ours_ms: r1(om),
          peer: triangulate ? 'JSON.parse + flatten + earcut' : 'JSON.parse + flatten',
          peer_ms: r1(qm),
          ratio: +(qm / om).toFixed(2),
          agree,
          runs,
          reader,
        });
        console.log(
          `  ${triangulate ? 'with' : 'without'} triangles (${reader}): ours ${r1(om)} ms, peer ${r1(qm)} ms, ratio ${(qm / om).toFixed(2)}×, agree ${agree}`,
        );
      }
      const mp = memoryOf('peer', n, inputs);
      for (const side of ['ours', 'ours+triangles'] as const) {
        const mo = memoryOf(side, n, inputs);
        rows.push({
          name:
            side === 'ours'
              ? `${NAME_PREFIX}: memory held (heap + arrayBuffers after gc), as imported`
              : `${NAME_PREFIX}: memory held (heap + arrayBuffers after gc), every chunk's triangles made`,
          ...common,
          unit: 'MB',
          ours_ms: mo.mb === null ? null : r1(mo.mb),
          peer: 'the same features as GeoJSON objects',
          peer_ms: mp.mb === null ? null : r1(mp.mb),
          ratio: mo.mb && mp.mb ? +(mp.mb / mo.mb).toFixed(2) : null,
          agree: mo.mb !== null,
          ...(mo.error ? { ours_error: mo.error } : {}),
          ...(mp.error ? { peer_error: mp.error } : {}),
        });
        console.log(
          `  memory (${side}): ours ${mo.mb === null ? mo.error : `${r1(mo.mb)} MB`}, peer ${mp.mb === null ? mp.error : `${r1(mp.mb)} MB`}`,
        );
      }
      rmSync(inputs.fgb);
      rmSync(inputs.text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  replaceResultRows(NAME_PREFIX, rows);
}

runMain(main);
