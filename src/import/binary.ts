// Large layers in the import worker (issue 10 §2): a FlatGeobuf whose header counts at least
// BIG_LAYER_FEATURES features is streamed from the Blob into chunks (the first chunk leaves before
// the file is fully read, and no GeoJSON object is made); any other file that finish() leaves with
// that many features is converted once checked. Each chunk goes to `sink` (the API transfers its
// buffers); the result then carries `features: []` and a `binary` summary.
import { transfer } from 'comlink';
import { chunkBuffers, chunksOfFeatures } from '../data/binary/builder';
import { dictionarySize, textAt } from '../data/binary/text-dictionary';
import {
  BIG_LAYER_FEATURES,
  type BinaryChunk,
  type BinaryLayerSummary,
  GEOMETRY_CODE,
} from '../data/binary/types';
import type { FeatureProblem } from '../data/boundary';
import { damageDetail, FlatGeobufError, type LayerHeader } from '../data/fgb';
import { OUT_OF_RANGE, readChunks } from '../data/fgb/binary';
import { checkMagic, describeHeader, parseHeader } from '../data/fgb/header';
import { type CrsInfo, crsFromName, looksProjected } from './crs';
import { fail, type ReadContext } from './formats/context';
import { detectLegacyVietnamese } from './text';
import type { ImportOptions, ImportResult, ImportWarning } from './types';

/** Receives each chunk; the import waits for it (backpressure, and chunks arrive before the result). */
export type ChunkSink = (chunk: BinaryChunk) => void | Promise<void>;

/**
 * Chunks handed to the main thread and not yet taken (see `transferring`). Each waits in the
 * main thread's queue behind whatever task runs there: a software-WebGL frame can take 100–300
 * ms, and waiting out each chunk's round trip left the worker idle most of a 1M import (12–15 s
 * in Chromium for 277 chunks whose reading and decoding take ≈ 3 s). A few in flight keep it
 * decoding; the chunks are the layer's either way, so this holds no more memory than the layer.
 */
const CHUNKS_IN_FLIGHT = 8;

/**
 * A sink that transfers the chunk's buffers through Comlink (only a mark when called directly),
 * waiting for the main thread's answer to the first chunk (the app answers once it has drawn it, so
 * the first features show before the rest of the file is read: src/state/big-drawn.ts), then only
 * when CHUNKS_IN_FLIGHT chunks are untaken. `drain()` waits for
 * every chunk to be taken, and is due before the import's result: a Comlink callback answers on a
 * port of its own, so nothing else orders the last chunks before the result. A chunk the main
 * thread failed to take rejects the next send or the drain.
 */
export function transferring(
  onChunk: (chunk: BinaryChunk) => void | Promise<void>,
  inFlight = CHUNKS_IN_FLIGHT,
): ChunkSink & { drain(): Promise<void> } {
  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | null = null;
  let first = true;
  const sink = async (chunk: BinaryChunk) => {
    if (failure) throw failure.error;
    const taken = Promise.resolve(onChunk(transfer(chunk, chunkBuffers(chunk))));
    taken.catch((error: unknown) => {
      failure ??= { error };
    });
    pending.push(taken);
    if (first || pending.length >= inFlight) await pending.shift();
    first = false;
  };
  return Object.assign(sink, {
    async drain() {
      while (pending.length > 0) await pending.shift();
    },
  });
}

const TYPE_NAMES: Record<number, string> = {
  [GEOMETRY_CODE.Point]: 'Point',
  [GEOMETRY_CODE.MultiPoint]: 'Point',
  [GEOMETRY_CODE.LineString]: 'LineString',
  [GEOMETRY_CODE.MultiLineString]: 'LineString',
  [GEOMETRY_CODE.Polygon]: 'Polygon',
  [GEOMETRY_CODE.MultiPolygon]: 'Polygon',
  [GEOMETRY_CODE.GeometryCollection]: 'GeometryCollection',
};
const FAMILY: Record<string, BinaryLayerSummary['geometry']> = {
  Point: 'point',
  LineString: 'line',
  Polygon: 'polygon',
};

/** What the file-level warnings and the summary need, gathered chunk by chunk. */
class Tally {
  count = 0;
  unlocated = 0;
  bbox: [number, number, number, number] | null = null;
  readonly types = new Set<string>();
  fields: string[] = [];
  readonly sample: string[] = [];

  add(chunk: BinaryChunk): void {
    this.count += chunk.count;
    for (const code of chunk.geometryTypes) {
      if (code === GEOMETRY_CODE.none) this.unlocated++;
      else this.types.add(TYPE_NAMES[code]!);
    }
    const b = chunk.bbox;
    if (b) {
      this.bbox = this.bbox
        ? [
            Math.min(this.bbox[0], b[0]),
            Math.min(this.bbox[1], b[1]),
            Math.max(this.bbox[2], b[2]),
            Math.max(this.bbox[3], b[3]),
          ]
        : [...b];
    }
    if (this.fields.length === 0) this.fields = Object.keys(chunk.columns);
    for (const column of Object.values(chunk.columns)) {
      if (column.kind !== 'text') continue;
      // Decoded one value at a time (UTF-8, text-dictionary.ts), only while the sample is short.
      const n = dictionarySize(column.dictionary);
      for (let k = 0; k < n && this.sample.length < 2000; k++) {
        const v = textAt(column.dictionary, k);
        if (v.trim() !== '') this.sample.push(v);
      }
    }
  }

  summary(): BinaryLayerSummary {
    const families = new Set([...this.types].map((t) => FAMILY[t] ?? 'mixed'));
    const only = families.size === 1 ? [...families][0]! : null;
    return { count: this.count, bbox: this.bbox, fields: this.fields, geometry: only ?? 'mixed' };
  }

  /** finish()'s file-level warnings: mixed types, features without location, legacy encoding. */
  warnings(file: string): ImportWarning[] {
    const out: ImportWarning[] = [];
    if (this.types.size > 1)
      out.push({ key: 'import.warn.mixedTypes', params: { file, types: [...this.types].sort().join(', ') } });
    if (this.unlocated > 0)
      out.push({ key: 'import.warn.nullGeometries', params: { file, count: this.unlocated } });
    const legacy = detectLegacyVietnamese(this.sample);
    if (legacy) {
      out.push({
        key: 'import.warn.legacyEncoding',
        params: { file, encoding: legacy === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI' },
      });
    }
    return out;
  }
}

/** The header of a FlatGeobuf Blob, read from its first bytes; null when it is not one (or damaged). */
export async function peekFgbHeader(blob: Blob): Promise<LayerHeader | null> {
  try {
    const head = new Uint8Array(await blob.slice(0, 12).arrayBuffer());
    checkMagic(head);
    const length = new DataView(head.buffer).getUint32(8, true);
    if (length < 4 || 12 + length > blob.size) return null;
    return describeHeader(parseHeader(new Uint8Array(await blob.slice(8, 12 + length).arrayBuffer())));
  } catch {
    return null; // the whole-file path reports what is wrong with it
  }
}

/** Bytes read from the file per piece (see `pieces`): the first, doubling up to the most. */
const FIRST_PIECE_BYTES = 1024 * 1024;
const PIECE_BYTES = 16 * 1024 * 1024;
/** Pieces being read at once (see `pieces`). */
const PIECES_IN_FLIGHT = 2;

/**
 * The Blob's bytes as a stream of pieces, each read with `blob.slice().arrayBuffer()`: the first
 * FIRST_PIECE_BYTES (the first features come soon), each next one twice the last up to PIECE_BYTES.
 * Not `blob.stream()`: its pieces are 64 KiB, and every piece costs the reader a round of promises
 * (and Node's file Blob stream waits between them: 40–75 ms of a 250 ms 100k-parcel import in
 * `npm run bench`). Chromium serves each slice from the
 * browser process, and big slices read faster there: a 457 MB file in a worker took 2.9–3.9 s in
 * 4 MiB slices, 2.0–2.1 s in 16 MiB ones (32 MiB: 1.9 s; its stream(): 1.8 s). PIECES_IN_FLIGHT
 * reads run at once, in order: a file read delivers its data on this thread, so it progresses
 * mostly while the decoder waits, and two reads then fill that wait about twice as fast (three or
 * four at once were no faster). `pieceBytes`: the largest piece (tests pass a few bytes).
 */
export function pieces(blob: Blob, pieceBytes = PIECE_BYTES): ReadableStream<Uint8Array> {
  let next = 0; // where the next read starts
  let delivered = 0;
  let size = Math.min(FIRST_PIECE_BYTES, pieceBytes);
  const reads: Promise<ArrayBuffer>[] = [];
  const fill = () => {
    while (reads.length < PIECES_IN_FLIGHT && next < blob.size) {
      const end = Math.min(blob.size, next + size);
      size = Math.min(size * 2, pieceBytes);
      const read = blob.slice(next, end).arrayBuffer();
      read.catch(() => {}); // a read left behind by a cancel must not surface as unhandled
      reads.push(read);
      next = end;
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      fill();
      const read = reads.shift();
      if (read) {
        const piece = new Uint8Array(await read);
        delivered += piece.length;
        fill();
        controller.enqueue(piece);
      }
      if (delivered >= blob.size) controller.close();
    },
    cancel() {
      reads.length = 0;
    },
  });
}

/**
 * Streams a FlatGeobuf Blob (its header already read) into chunks handed to `sink`. Returns null,
 * having read nothing, when the header cannot tell the coordinates' system (no CRS it knows, and no
 * envelope or a projected-looking one): the caller then takes the whole-file path, which asks.
 * Throws ImportError `fgbDamaged` (or the abort reason).
 */
export async function streamFgbChunks(
  blob: Blob,
  header: LayerHeader,
  fileName: string,
  options: ImportOptions,
  sink: ChunkSink,
): Promise<ImportResult | null> {
  const named = header.crs ? crsFromName(header.crs) : undefined;
  let crs: CrsInfo = { source: 'wgs84', label: 'WGS 84' };
  if (named) {
    crs =
      named.proj === null
        ? { source: 'prj', label: named.label }
        : { source: 'prj', label: named.label, proj: named.proj };
  } else if (!header.envelope || looksProjected(header.envelope)) return null;
  const ctx: ReadContext = { fileName, options, progress: () => {} };
  const problems: FeatureProblem[] = [];
  const tally = new Tally();
  // The bar shows how far the decoder has got, not the reads (up to two pieces, 32 MiB, ahead).
  let bytesRead = 0;
  const totalBytes = blob.size;
  try {
    const chunks = readChunks(pieces(blob), {
      ...(options.signal ? { signal: options.signal } : {}),
      onProblem: (p) => problems.push(p),
      projection: () => named?.proj ?? null,
      onDecoded: (n) => {
        bytesRead = n;
      },
    });
    for await (const chunk of chunks) {
      tally.add(chunk);
      // Before the hand-over: the first one waits until the chunk is drawn (see `transferring`).
      options.onProgress?.({ bytesRead, totalBytes, featuresRead: tally.count });
      await sink(chunk);
    }
  } catch (e) {
    if (e instanceof FlatGeobufError)
      throw fail(ctx, 'import.error.fgbDamaged', e.message, { detail: damageDetail(e.message) });
    throw e;
  }
  if (tally.count === 0) throw fail(ctx, 'import.error.noFeatures', 'no features');
  const warnings: ImportWarning[] = [];
  const outOfRange = problems.filter((p) => p.message === OUT_OF_RANGE).length;
  if (outOfRange > 0)
    warnings.push({ key: 'import.warn.outOfRange', params: { file: fileName, count: outOfRange } });
  warnings.push(...tally.warnings(fileName));
  return { fileName, format: 'flatgeobuf', features: [], problems, crs, warnings, binary: tally.summary() };
}

/**
 * A checked, WGS 84 result of at least BIG_LAYER_FEATURES features as chunks handed to `sink`;
 * returns it with `features: []` and the `binary` summary. Smaller results, and results still
 * waiting for their CRS question, are returned as they are.
 */
export async function sendAsChunks(
  result: ImportResult,
  sink: ChunkSink,
  signal?: AbortSignal,
): Promise<ImportResult> {
  if (result.features.length < BIG_LAYER_FEATURES || result.crsQuestion) return result;
  const tally = new Tally();
  for (const chunk of chunksOfFeatures(result.features)) {
    signal?.throwIfAborted();
    tally.add(chunk);
    await sink(chunk);
  }
  return { ...result, features: [], binary: tally.summary() };
}
