// Main-thread client for the import worker.
//
//   const importer = createImportClient();
//   const out = await importer.importFile(file, { signal, onProgress: (p) => bar(p.bytesRead / p.totalBytes) });
//   if (!out.ok) show(t(out.error.key, out.error.params));            // names the file and the problem
//   else if (out.result.crsQuestion) ask(out.result.crsQuestion.choices) // then importer.applyCrs(out.result, choice)
//   else addLayer(out.result);                                          // features are WGS 84
import { proxy, type Remote, wrap } from 'comlink';
import type { BinaryChunk } from '../data/binary/types';
import type { ImportApi, ImportJobOptions, ImportOutcome } from './api';
import type { CrsChoiceId } from './crs';
import type { Bbox, ChunkReadOutcome, ChunkSink, ProbeOutcome, UrlProbe } from './rect-read';
import type { ImportProgress, ImportResult } from './types';

export interface ImportClient {
  /** Imports a dropped or picked file (File or Blob; `name` defaults to the File's name). */
  importFile(
    file: Blob,
    options?: ImportJobOptions & {
      name?: string;
      signal?: AbortSignal;
      onProgress?: (p: ImportProgress) => void;
      /**
       * Receives a large layer (≥ BIG_LAYER_FEATURES features) as BinaryChunks, in order, all before
       * the outcome; the result then has `features: []` and `binary`. Without it, features as ever.
       */
      onChunk?: (chunk: BinaryChunk) => void;
    },
  ): Promise<ImportOutcome>;
  /** Answers the CRS question; with `onChunk`, a large layer comes as chunks (as in importFile). */
  applyCrs(
    result: ImportResult,
    choice: CrsChoiceId,
    onChunk?: (chunk: BinaryChunk) => void,
  ): Promise<ImportOutcome>;
  /** The header of a remote FlatGeobuf file (ImportApi.probe); `signal` cancels its requests. */
  probe(url: string, options?: { signal?: AbortSignal }): Promise<ProbeOutcome>;
  /** Features of `url` in `bbox` as chunks, over HTTP Range; `signal` cancels (ImportApi.readRect). */
  readRect(url: string, bbox: Bbox, options: ChunkReadOptions): Promise<ChunkReadOutcome>;
  /** The whole file of `url` as chunks (ImportApi.readWhole). */
  readWhole(url: string, options: ChunkReadOptions): Promise<ChunkReadOutcome>;
  /** The file of `url` the worker kept from a server without Range, or null (ImportApi.keptFile). */
  keptFile(url: string): Promise<Uint8Array | null>;
  terminate(): void;
}

export interface ChunkReadOptions {
  signal?: AbortSignal;
  /** Each chunk as it arrives (its buffers were transferred from the worker). */
  onChunk: ChunkSink;
  /** readRect only: the probe's header (UrlProbe.header), so the read does not fetch it again. */
  header?: UrlProbe['header'];
}

/**
 * Properties come back from the worker as ordinary objects (structured clone drops the null
 * prototype the boundary gave them); give it back so a `__proto__` key stays a plain key.
 */
function restoreNullPrototypes(outcome: ImportOutcome): ImportOutcome {
  if (outcome.ok) for (const f of outcome.result.features) Object.setPrototypeOf(f.properties, null);
  return outcome;
}

let jobCounter = 0;

/** Wraps any Comlink endpoint exposing ImportApi (tests pass their own; the default is the worker). */
export function createImportClient(
  worker: Worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
): ImportClient {
  const api: Remote<ImportApi> = wrap<ImportApi>(worker);
  /** Runs a worker job that `signal` cancels (the abort reaches the worker's fetches). */
  async function cancellable<T>(
    signal: AbortSignal | undefined,
    run: (job: number) => Promise<T>,
  ): Promise<T> {
    const job = ++jobCounter;
    const onAbort = () => void api.cancel(job);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await run(job);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }
  return {
    async importFile(file, options = {}) {
      const { name = (file as File).name ?? 'file', signal, onProgress, onChunk, ...rest } = options;
      const job = ++jobCounter;
      const onAbort = () => void api.cancel(job);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const outcome = await api.importFile(
          job,
          file,
          name,
          rest,
          onProgress ? proxy(onProgress) : undefined,
          onChunk ? proxy(onChunk) : undefined,
        );
        return restoreNullPrototypes(outcome);
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async applyCrs(result, choice, onChunk) {
      const outcome = onChunk
        ? await api.applyCrsToChunks(result, choice, proxy(onChunk))
        : await api.applyCrs(result, choice);
      return restoreNullPrototypes(outcome);
    },
    probe: (url, { signal } = {}) => cancellable<ProbeOutcome>(signal, (job) => api.probe(job, url)),
    readRect: (url, bbox, { signal, onChunk, header }) =>
      cancellable<ChunkReadOutcome>(signal, (job) => api.readRect(job, url, bbox, proxy(onChunk), header)),
    readWhole: (url, { signal, onChunk }) =>
      cancellable<ChunkReadOutcome>(signal, (job) => api.readWhole(job, url, proxy(onChunk))),
    keptFile: (url) => api.keptFile(url),
    terminate: () => worker.terminate(),
  };
}
