// Worker side of reading a large layer from a URL by the viewport (issue 10 §2): the header probe
// that decides how a URL layer is read, the bounding-box read over HTTP Range, and the whole-file
// read for a server that ignores Range. Features become BinaryChunks here, in the worker, and are
// handed to `onChunk` one chunk at a time (through Comlink, with their buffers transferred): the
// main thread never holds the layer's features as GeoJSON objects.
import { transfer } from 'comlink';
import type { Feature, Geometry } from 'geojson';
import { addGeometry, ChunkBuilder, chunkBuffers, featuresToChunks } from '../data/binary/builder';
import type { BinaryChunk } from '../data/binary/types';
import {
  FlatGeobufError,
  type HeaderMeta,
  keptWholeFile,
  type LayerHeader,
  probeRemote,
  readFeaturesInRect,
  type TransferStats,
} from '../data/fgb';
import { NUMERIC_COLUMN_TYPES } from '../data/fgb/binary';
import type { ViewportMessageKey } from '../i18n/viewport-messages';
import { importFile } from './registry';
import { ImportError } from './types';

/** [minLon, minLat, maxLon, maxLat] in WGS 84 degrees. */
export type Bbox = [number, number, number, number];

/** A failure as plain data (it crosses postMessage): a locale key with `{file}` and `{detail}`. */
export interface ReadFailure {
  key: ImportError['key'] | ViewportMessageKey;
  params: Record<string, string | number>;
  message: string;
  /** The HTTP status of the server's failed answer, when that was the failure. */
  status?: number;
}

/** What `probe` learns from a remote file's header (see data/fgb/remote-header.ts). */
export interface UrlProbe {
  /** Features in the file; null when the header does not say. */
  featureCount: number | null;
  hasIndex: boolean;
  /** The header's envelope, in the file's CRS. */
  bbox: Bbox | null;
  /** The CRS the header names ("EPSG:4326"), or null. */
  crs: string | null;
  geometryType: string;
  /** False when the server answered a range request with the whole file (200). */
  rangeSupported: boolean;
  requests: number;
  bytesFetched: number;
  /**
   * The parsed header (plain data: it crosses postMessage), handed back with every view's read
   * (readRect) so none fetches it again.
   */
  header: HeaderMeta;
}

export type ProbeOutcome = { ok: true; probe: UrlProbe } | { ok: false; error: ReadFailure };

/** The end of a rect or whole read; its chunks went to `onChunk` before it resolves. */
export type ChunkReadOutcome =
  | {
      ok: true;
      /** Features sent (chunk ordinals run 0 … features − 1 within this read). */
      features: number;
      /** Features kept with a problem (a null geometry or an altered value). */
      problems: number;
      /** Transfer cost; `rangeUnsupported: true` → read the whole file once (`readWholeChunks`). */
      stats: TransferStats;
    }
  | { ok: false; error: ReadFailure };

export type ChunkSink = (chunk: BinaryChunk) => unknown;

const fileOf = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
};

function failure(e: unknown, url: string, signal: AbortSignal): ReadFailure {
  const file = fileOf(url);
  if (signal.aborted) return { key: 'import.error.cancelled', params: { file }, message: 'cancelled' };
  if (e instanceof ImportError) return { key: e.key, params: e.params, message: e.message };
  const detail = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  const status = e instanceof FlatGeobufError ? e.status : undefined;
  return {
    key: 'viewport.error.read',
    params: { file, detail },
    message: detail,
    ...(status ? { status } : {}),
  };
}

/** Reads the header of the FlatGeobuf file at `url`. Never rejects. */
export async function probeUrl(url: string, signal: AbortSignal): Promise<ProbeOutcome> {
  try {
    const { header, meta, stats } = await probeRemote(url, signal);
    return {
      ok: true,
      probe: {
        featureCount: header.featureCount,
        hasIndex: header.hasIndex,
        bbox: header.envelope,
        crs: header.crs,
        geometryType: header.geometryType,
        rangeSupported: !stats.rangeUnsupported,
        requests: stats.requests,
        bytesFetched: stats.bytesFetched,
        header: meta,
      },
    };
  } catch (e) {
    return { ok: false, error: failure(e, url, signal) };
  }
}

/**
 * Streams features into one ChunkBuilder (so a column keeps one kind across the read's chunks) and
 * sends each full chunk to `sink`, its buffers transferred.
 */
class Chunker {
  private builder = new ChunkBuilder();
  sent = 0;
  constructor(private readonly sink: ChunkSink) {}
  /** The layer's columns in file order with their FlatGeobuf types (before the first feature). */
  columns(columns: LayerHeader['columns']): void {
    const kinds = Object.fromEntries(
      columns.map((c) => [c.name, NUMERIC_COLUMN_TYPES.has(c.type) ? 'number' : 'text'] as const),
    );
    this.builder = new ChunkBuilder({ fields: columns.map((c) => c.name), kinds });
  }
  async add(f: Feature<Geometry | null>): Promise<void> {
    addGeometry(this.builder, f.geometry, true);
    for (const [k, v] of Object.entries(f.properties ?? {})) this.builder.property(k, v);
    await this.send(this.builder.endFeature());
  }
  async flush(): Promise<void> {
    await this.send(this.builder.flush());
  }
  private async send(chunk: BinaryChunk | null): Promise<void> {
    if (!chunk) return;
    this.sent += chunk.count;
    // Awaited: the main thread's acknowledgement paces the worker (no unbounded queue of chunks).
    await this.sink(transfer(chunk, chunkBuffers(chunk)));
  }
}

/**
 * Reads the features of the indexed FlatGeobuf file at `url` whose boxes intersect `bbox` (HTTP
 * Range: index and matching features only) and sends them as chunks. `header`: the probe's
 * (UrlProbe.header), which saves the read fetching it again. A feature with an unusable geometry
 * is sent with a null geometry and counted in `problems`. Never rejects: a damaged file, an HTTP
 * or network failure and an abort (`import.error.cancelled`) resolve `{ ok: false }`.
 */
export async function readRectChunks(
  url: string,
  bbox: Bbox,
  signal: AbortSignal,
  onChunk: ChunkSink,
  header?: HeaderMeta,
): Promise<ChunkReadOutcome> {
  let stats: TransferStats = { requests: 0, bytesFetched: 0, rangeUnsupported: false, wholeFile: false };
  let problems = 0;
  const chunker = new Chunker(onChunk);
  try {
    const [minX, minY, maxX, maxY] = bbox;
    const features = readFeaturesInRect(
      url,
      { minX, minY, maxX, maxY },
      {
        signal,
        onHeader: (h) => chunker.columns(h.columns),
        onProblem: () => problems++,
        onTransfer: (s) => (stats = s),
        ...(header ? { header } : {}),
      },
    );
    for await (const f of features) await chunker.add(f);
    await chunker.flush();
    signal.throwIfAborted();
    return { ok: true, features: chunker.sent, problems, stats };
  } catch (e) {
    return { ok: false, error: failure(e, url, signal) };
  }
}

/**
 * Reads the whole file at `url` through the import path dropped files take (format detection,
 * the data boundary, the CRS) and sends every feature as chunks: the fallback for a server that
 * ignores Range. Uses the copy the range reader kept when that server sent the whole file (no
 * second download), else downloads it once without a Range header. Never rejects.
 */
export async function readWholeChunks(
  url: string,
  signal: AbortSignal,
  onChunk: ChunkSink,
): Promise<ChunkReadOutcome> {
  const stats: TransferStats = { requests: 0, bytesFetched: 0, rangeUnsupported: true, wholeFile: true };
  try {
    let bytes = keptWholeFile(url);
    if (!bytes) {
      stats.requests++;
      const res = await fetch(url, { signal });
      if (!res.ok) throw new FlatGeobufError(`HTTP ${res.status}`);
      bytes = new Uint8Array(await res.arrayBuffer());
      stats.bytesFetched = bytes.length;
    }
    // The user already chose this layer; the size question of a dropped file does not apply.
    const result = await importFile({ name: fileOf(url), bytes }, { signal, allowLarge: true });
    if (result.crsQuestion) {
      // Projected coordinates without a CRS: the viewport's lon/lat boxes cannot address them.
      const error = {
        key: 'viewport.error.crs',
        params: { file: result.fileName },
        message: 'no CRS',
      } as const;
      return { ok: false, error };
    }
    // The whole layer at once: its columns' kinds are decided over every feature.
    let sent = 0;
    for (const chunk of featuresToChunks(result.features)) {
      signal.throwIfAborted();
      sent += chunk.count;
      await onChunk(transfer(chunk, chunkBuffers(chunk)));
    }
    return { ok: true, features: sent, problems: result.problems.length, stats };
  } catch (e) {
    return { ok: false, error: failure(e, url, signal) };
  }
}
