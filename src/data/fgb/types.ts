// Types and the error shared by the adapter's reader and writer.
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, Geometry } from 'geojson';
import type { FeatureProblem } from '../boundary';

/**
 * Thrown for any file this module cannot read; `message` is fit to show a user. `status`: the HTTP
 * status of a remote file's failed answer (range-client.ts), absent otherwise.
 */
export class FlatGeobufError extends Error {
  override name = 'FlatGeobufError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * A FlatGeobufError's message as the detail of a message that already says the file is damaged
 * or truncated (import.error.fgbDamaged): without the reader's own "Damaged (or truncated)
 * FlatGeobuf file: " prefix, so it is not said twice.
 */
export function damageDetail(message: string): string {
  return message.replace(/^(Damaged( or truncated)?|Truncated) FlatGeobuf file: /, '');
}

export interface LayerHeader {
  geometryType: string;
  featureCount: number | null;
  columns: { name: string; type: string }[];
  envelope: [number, number, number, number] | null;
  hasIndex: boolean;
  crs: string | null;
  title: string | null;
  description: string | null;
  metadata: string | null;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called once, before the first feature, with the file's header. */
  onHeader?: (header: LayerHeader) => void;
  /**
   * Receives each problem of a feature that is kept (see src/data/boundary): a missing, empty or
   * unusable geometry (the feature comes back with `geometry: null`), or an attribute value kept in
   * another form than the file's (invalid UTF-8, an integer beyond 2^53, Json that is not JSON).
   * Without it the first problem fails the read with a FlatGeobufError naming the feature: a
   * problem is reported or fatal, never silent. Damage to the file's structure always fails.
   */
  onProblem?: (problem: FeatureProblem) => void;
  /**
   * A feature with no geometry at all (an attribute-only file, a null geometry): 'error' (the
   * default) makes it a problem (see `onProblem`), since the viewer draws every feature; 'keep'
   * returns it with `geometry: null` and no problem. An empty or unusable geometry is a problem
   * either way.
   */
  nullGeometry?: 'error' | 'keep';
  /**
   * Reads by bounding box over HTTP (`readFeaturesInRect`) only: called once when the read ends
   * (completed, stopped early or failed) with what it cost. `rangeUnsupported: true` means the
   * server sent the whole file for a range request: tell the user (a notice), since the whole
   * file was downloaded; later reads from that origin reuse it or download it whole at once.
   */
  onTransfer?: (stats: TransferStats) => void;
  /**
   * Reads by bounding box over HTTP only: the file's header as `probeRemote` read and checked it
   * (its `meta`), so the read does not fetch and check it again (two small range requests). The
   * header that comes with the index is still compared with it: a file changed since fails the
   * read with a FlatGeobufError.
   */
  header?: HeaderMeta;
}

/** What a ranged read cost: for the notice, the bench and tests. */
export interface TransferStats {
  /** HTTP requests made (a file served from memory makes none). */
  requests: number;
  /** Body bytes received. */
  bytesFetched: number;
  /** The server (or an earlier read from its origin) answered a range request with 200. */
  rangeUnsupported: boolean;
  /** The whole file was downloaded or reused from memory instead of read by ranges. */
  wholeFile: boolean;
}

/** A feature as read with `nullGeometry: 'keep'` or an `onProblem`: its geometry may be null. */
export type MaybeGeometryFeature = Feature<Geometry | null>;
/** Options under which features may come back with `geometry: null`. */
export type KeepNull = ReadOptions &
  ({ nullGeometry: 'keep' } | { onProblem: (problem: FeatureProblem) => void });
