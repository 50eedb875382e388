// Reading whole files.
//
// We do not use the package's `deserialize` for whole files. Probing it against real files (the
// upstream test data in ../shared/data/flatgeobuf-testdata) showed:
// - a header that declares a spatial index but no feature count sends `calcTreeSize(0, n)` into a
//   synchronous endless loop (the 57-byte clusterfuzz file): the tab freezes, no timeout can help;
// - a truncated stream is not detected (slice-source returns short reads silently);
// - a Json column that is not valid JSON throws (`JSON.parse`), failing the whole layer;
// - a feature without geometry crashes (`Cannot read properties of null`);
// - Triangle / TIN / PolyhedralSurface come back as `{ type: 'Triangle', coordinates: undefined }`.
// So the framing (magic, size-prefixed header, index, size-prefixed features) is ours (framing.ts,
// shared with the binary decoder), with every length checked against the bytes that exist, and
// only the generated FlatBuffers tables
// (`Header`, `Feature`) and `fromByteBuffer` come from the package. Costs: one copy per feature
// (FlatBuffers' typed-array views need 8-byte alignment, which a file offset does not guarantee),
// and this file must follow format changes the package would otherwise absorb (v3 since 2019).

import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { settle, toGeoJson } from './feature';
import { featureFrames, readError } from './framing';
import { describeHeader } from './header';
import type { KeepNull, LayerHeader, MaybeGeometryFeature, ReadOptions } from './types';

/**
 * Streams the features of a whole FlatGeobuf file. Columns a feature has no value for come back as
 * null, so every feature of a layer has the same keys. A feature without geometry is an error, or
 * comes back with `geometry: null` with `nullGeometry: 'keep'`. Throws FlatGeobufError for a file
 * that is not FlatGeobuf or is damaged or truncated, and the signal's reason when aborted.
 */
export function readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: KeepNull,
): AsyncGenerator<MaybeGeometryFeature>;
export function readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options?: ReadOptions,
): AsyncGenerator<Feature>;
export async function* readFeatures(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<MaybeGeometryFeature> {
  const { signal, onHeader, onProblem, nullGeometry = 'error' } = options;
  signal?.throwIfAborted();
  let meta: HeaderMeta | null = null;
  let n = 0;
  try {
    for await (const batch of featureFrames(input, signal, (m) => {
      meta = m;
      onHeader?.(describeHeader(m));
    })) {
      const { geometryType, columns } = meta as unknown as HeaderMeta;
      for (const bytes of batch) {
        const { feature, problems } = toGeoJson(bytes, geometryType, columns ?? [], ++n, nullGeometry);
        settle(problems, onProblem);
        yield feature;
      }
    }
  } catch (err) {
    throw readError(err, signal);
  }
}

/** Reads a whole file into a FeatureCollection (small layers, tests, the pipeline). */
export function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: KeepNull,
): Promise<{ header: LayerHeader | null; collection: FeatureCollection<Geometry | null> }>;
export function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options?: ReadOptions,
): Promise<{ header: LayerHeader | null; collection: FeatureCollection }>;
export async function readFeatureCollection(
  input: Uint8Array | ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): Promise<{ header: LayerHeader | null; collection: FeatureCollection<Geometry | null> }> {
  let header: LayerHeader | null = null;
  const features: MaybeGeometryFeature[] = [];
  for await (const f of readFeatures(input, {
    ...options,
    nullGeometry: options.nullGeometry ?? 'error',
    onHeader: (h) => {
      header = h;
      options.onHeader?.(h);
    },
  })) {
    features.push(f);
  }
  return { header, collection: { type: 'FeatureCollection', features } };
}
