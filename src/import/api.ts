// What the import worker exposes (through Comlink, see import.worker.ts and client.ts). Kept apart
// from the worker entry so tests can call it directly.
import { BIG_LAYER_FEATURES, type BinaryChunk } from '../data/binary/types';
import { type HeaderMeta, keptWholeFile } from '../data/fgb';
import { CRS_CHOICES, type CrsChoiceId } from './crs';
import { IMPORT_SIZE_LIMIT_BYTES } from './limits';
import {
  type Bbox,
  type ChunkReadOutcome,
  type ChunkSink,
  type ProbeOutcome,
  probeUrl,
  readRectChunks,
  readWholeChunks,
} from './rect-read';
import { applyCrs, importFile } from './registry';
import { ImportError, type ImportProgress, type ImportResult } from './types';

/** An import's outcome as plain data (an Error subclass would lose its key across postMessage). */
export type ImportOutcome =
  | { ok: true; result: ImportResult }
  | {
      ok: false;
      error: { key: ImportError['key']; params: Record<string, string | number>; message: string };
    };

export interface ImportJobOptions {
  allowLarge?: boolean;
  csvColumns?: { lon?: string; lat?: string; wkt?: string };
}

export interface ImportApi {
  /**
   * Reads `input` (a File/Blob is read here in chunks, reporting bytes; an ArrayBuffer is used as
   * is) and imports it. `job` is the caller's id for `cancel(job)`. Never rejects for bad input.
   * With `onChunk`, a layer of at least BIG_LAYER_FEATURES features comes as BinaryChunks, their
   * buffers transferred (a FlatGeobuf Blob whose header says so is streamed: the first chunk
   * arrives before the file is read); every chunk is delivered before the outcome, whose result
   * then has `features: []` and `binary` (see src/import/binary.ts).
   */
  importFile(
    job: number,
    input: Blob | ArrayBuffer,
    name: string,
    options?: ImportJobOptions,
    onProgress?: (p: ImportProgress) => void,
    onChunk?: (chunk: BinaryChunk) => void | Promise<void>,
  ): Promise<ImportOutcome>;
  /** Reprojects a result whose `crsQuestion` the user answered. */
  applyCrs(result: ImportResult, choice: CrsChoiceId): ImportOutcome;
  /**
   * applyCrs, then, when the layer has at least BIG_LAYER_FEATURES features, sends it to `onChunk`
   * as chunks and resolves with `features: []` and `binary` (smaller layers come back as features).
   */
  applyCrsToChunks(
    result: ImportResult,
    choice: CrsChoiceId,
    onChunk: (chunk: BinaryChunk) => void | Promise<void>,
  ): Promise<ImportOutcome>;
  /** Aborts the job: its importFile, readRect or readWhole resolves with `import.error.cancelled`. */
  cancel(job: number): void;
  /**
   * Reads the header of the FlatGeobuf file at `url` (feature count, index, envelope, CRS, Range
   * support), to decide whether it is read by viewport. `cancel(job)` aborts its requests. Never
   * rejects. See rect-read.ts.
   */
  probe(job: number, url: string): Promise<ProbeOutcome>;
  /**
   * Reads the features of the indexed FlatGeobuf file at `url` intersecting `bbox` (WGS 84
   * [minLon, minLat, maxLon, maxLat]) over HTTP Range and sends them to `onChunk` as BinaryChunks
   * (buffers transferred). `header`: the probe's (UrlProbe.header), so the read does not fetch it
   * again. `cancel(job)` aborts its requests. Never rejects. See rect-read.ts.
   */
  readRect(
    job: number,
    url: string,
    bbox: Bbox,
    onChunk: ChunkSink,
    header?: HeaderMeta,
  ): Promise<ChunkReadOutcome>;
  /** The whole file at `url` through the import path, as chunks: for a server without Range. */
  readWhole(job: number, url: string, onChunk: ChunkSink): Promise<ChunkReadOutcome>;
  /**
   * A copy of the file at `url` as the worker kept it when its server answered a range request
   * with the whole file (a probe does), or null: a URL import then does not download it again.
   */
  keptFile(url: string): Uint8Array | null;
}

const asOutcome = (e: unknown, name: string): ImportOutcome => {
  if (e instanceof ImportError)
    return { ok: false, error: { key: e.key, params: e.params, message: e.message } };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    error: { key: 'import.error.internal', params: { file: name, detail }, message: detail },
  };
};

/** Reads a Blob in chunks so progress can count bytes and a cancel is seen between chunks. */
async function readBlob(blob: Blob, signal: AbortSignal, onBytes: (n: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(blob.size);
  let offset = 0;
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      signal.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      out.set(value.subarray(0, Math.max(0, out.length - offset)), offset);
      offset += value.length;
      onBytes(Math.min(offset, out.length));
    }
  } finally {
    reader.releaseLock();
  }
  return out;
}

// The large-layer code (chunk builder, earcut, the binary decoder) loads only when asked for.
const bigLayers = () => import('./binary');

export function createImportApi(): ImportApi {
  const jobs = new Map<number, AbortController>();
  const withJob = async <T>(job: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController();
    jobs.set(job, controller);
    try {
      return await run(controller.signal);
    } finally {
      jobs.delete(job);
    }
  };
  const api: ImportApi = {
    async importFile(job, input, name, options = {}, onProgress, onChunk) {
      const controller = new AbortController();
      jobs.set(job, controller);
      const { signal } = controller;
      const big = onChunk ? await bigLayers() : null;
      const sink = big && onChunk ? big.transferring(onChunk) : null;
      try {
        let bytes: Uint8Array;
        if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
        else {
          // The size limit is checked before reading: the user is asked first (see limits.ts).
          const size = input.size;
          if (size > IMPORT_SIZE_LIMIT_BYTES && !options.allowLarge) {
            const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
            throw new ImportError(
              'import.error.tooLarge',
              { file: name, size: mb(size), limit: mb(IMPORT_SIZE_LIMIT_BYTES) },
              `${name}: over the size limit`,
            );
          }
          if (big && sink) {
            const header = await big.peekFgbHeader(input);
            if (header && (header.featureCount ?? 0) >= BIG_LAYER_FEATURES) {
              const jobOptions = { ...options, signal, ...(onProgress ? { onProgress } : {}) };
              const streamed = await big.streamFgbChunks(input, header, name, jobOptions, sink);
              await sink.drain();
              if (streamed) return { ok: true, result: streamed };
            }
          }
          bytes = await readBlob(input, signal, (n) =>
            onProgress?.({ bytesRead: n, totalBytes: size, featuresRead: 0 }),
          );
        }
        let result = await importFile({ name, bytes }, { ...options, signal, onProgress });
        if (big && sink) {
          result = await big.sendAsChunks(result, sink, signal);
          await sink.drain();
        }
        return { ok: true, result };
      } catch (e) {
        if (signal.aborted && !(e instanceof ImportError)) {
          return {
            ok: false,
            error: { key: 'import.error.cancelled', params: { file: name }, message: 'cancelled' },
          };
        }
        return asOutcome(e, name);
      } finally {
        jobs.delete(job);
      }
    },
    applyCrs(result, choice) {
      if (!(choice in CRS_CHOICES))
        return asOutcome(new Error(`unknown CRS ${String(choice)}`), result.fileName);
      try {
        return { ok: true, result: applyCrs(result, choice) };
      } catch (e) {
        return asOutcome(e, result.fileName);
      }
    },
    async applyCrsToChunks(result, choice, onChunk) {
      const outcome = api.applyCrs(result, choice);
      if (!outcome.ok) return outcome;
      try {
        const big = await bigLayers();
        const sink = big.transferring(onChunk);
        const sent = await big.sendAsChunks(outcome.result, sink);
        await sink.drain();
        return { ok: true, result: sent };
      } catch (e) {
        return asOutcome(e, result.fileName);
      }
    },
    cancel(job) {
      jobs.get(job)?.abort();
    },
    probe(job, url) {
      return withJob(job, (signal) => probeUrl(url, signal));
    },
    readRect(job, url, bbox, onChunk, header) {
      return withJob(job, (signal) => readRectChunks(url, bbox, signal, onChunk, header));
    },
    readWhole(job, url, onChunk) {
      return withJob(job, (signal) => readWholeChunks(url, signal, onChunk));
    },
    keptFile: (url) => keptWholeFile(url),
  };
  return api;
}
