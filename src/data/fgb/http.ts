// Spatially filtered reads of a remote, indexed file through HTTP Range requests.
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { type HttpRangeClient, HttpReader } from 'flatgeobuf/lib/mjs/http-reader.js';
import type { Rect } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Feature } from 'geojson';
import { fromFgbFeature, settle } from './feature';
import { describeHeader, indexBytes } from './header';
import { RangeClient } from './range-client';
import { readRemoteHeader } from './remote-header';
import { FlatGeobufError, type KeepNull, type MaybeGeometryFeature, type ReadOptions } from './types';

/** True when two headers describe the same features: count, index, geometry type and columns. */
function sameLayout(a: HeaderMeta, b: HeaderMeta): boolean {
  const cols = (h: HeaderMeta) => JSON.stringify((h.columns ?? []).map((c) => [c.name, c.type]));
  return (
    a.featuresCount === b.featuresCount &&
    a.indexNodeSize === b.indexNodeSize &&
    a.geometryType === b.geometryType &&
    cols(a) === cols(b)
  );
}

/**
 * Streams the features of a remote file whose bounding boxes intersect `rect`, reading only the
 * index and the matching features through HTTP Range requests. The file must have a spatial index.
 * The header is fetched and checked here first (two small extra requests), because the package's
 * HttpReader would loop forever on a header with an index but no feature count; a header probed
 * before (`options.header`) is used instead. Servers that
 * answer Range strictly, loosely or not at all give the same features (see range-client.ts).
 * Every feature passes the data boundary as in `readFeatures` (`onProblem`, `nullGeometry`).
 * A server that ignores Range is detected: its whole file is used once, `onTransfer` reports
 * `rangeUnsupported: true`, and its origin is not asked for ranges again (range-support.ts).
 */
export function readFeaturesInRect(
  url: string,
  rect: Rect,
  options: KeepNull,
): AsyncGenerator<MaybeGeometryFeature>;
export function readFeaturesInRect(url: string, rect: Rect, options?: ReadOptions): AsyncGenerator<Feature>;
export async function* readFeaturesInRect(
  url: string,
  rect: Rect,
  options: ReadOptions = {},
): AsyncGenerator<MaybeGeometryFeature> {
  const { signal, onHeader, onProblem, nullGeometry = 'error', onTransfer, header } = options;
  signal?.throwIfAborted();
  const client = new RangeClient(url, signal);
  try {
    // A header probed before (checked then) saves its two small requests; HttpReader reads it once
    // more with the top of the index in any case (one larger request it needs for the index).
    const meta = header ?? (await readRemoteHeader(client));
    if (indexBytes(meta) === 0) {
      throw new FlatGeobufError(`${url} has no spatial index; read it whole instead.`);
    }
    const reader = await HttpReader.openSource(client as unknown as HttpRangeClient);
    if (header && !sameLayout(header, reader.header)) {
      throw new FlatGeobufError(`${url} has changed since it was added: remove the layer and add it again.`);
    }
    onHeader?.(describeHeader(meta));
    const columns = meta.columns ?? [];
    for await (const { id, feature } of reader.selectBbox(rect)) {
      signal?.throwIfAborted();
      const decoded = fromFgbFeature(feature, meta.geometryType, columns, id + 1, nullGeometry);
      settle(decoded.problems, onProblem);
      yield decoded.feature;
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Could not read ${url} by range: ${(err as Error)?.message ?? String(err)}`);
  } finally {
    onTransfer?.(client.stats());
  }
}
