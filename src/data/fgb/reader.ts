// Reading whole files.
//
//
// We do not use the package's `deserialize` for whole files. Probing it against real files (the
// upstream test data in ../shared/data/flatgeobuf-testdata) showed:
// - a header that declares a spatial index but no feature count sends `calcTreeSize(0, n)` into a
//   synchronous endless loop (the 57-byte clusterfuzz file): the tab freezes, no timeout can help;
// - a truncated stream is not detected (slice-source returns short reads silently);
// - a Json column that is not valid JSON throws (`JSON.parse`), failing the whole layer;
// - a feature without geometry crashes (`Cannot read properties of null`);
// - Triangle / TIN / PolyhedralSurface come back as `{ type: 'Triangle', coordinates: undefined }`.
// So the framing (magic, size-prefixed header, index, size-prefixed features) is read here, with
// every length checked against the bytes that exist, and only the generated FlatBuffers tables
// (`Header`, `Feature`) and `fromByteBuffer` come from the package. Costs: one copy per feature
// (FlatBuffers' typed-array views need 8-byte alignment, which a file offset does not guarantee),
// and this file must follow format changes the package would otherwise absorb (v3 since 2019).

import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { ByteReader } from './byte-reader';
import { settle, toGeoJson } from './feature';
import { checkHeaderLength, checkMagic, describeHeader, indexBytes, parseHeader } from './header';
import {
  FlatGeobufError,
  type KeepNull,
  type LayerHeader,
  type MaybeGeometryFeature,
  type ReadOptions,
} from './types';

const FEATURE_MAX_BYTES = 1024 * 1024 * 1024;

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
  const source = new ByteReader(input, signal);
  try {
    const magic = await source.read(magicbytes.length);
    checkMagic(magic);
    if (magic.length < magicbytes.length) throw new FlatGeobufError('Truncated FlatGeobuf file (no header).');
    const lengthBytes = await source.readExactly(SIZE_PREFIX_LEN, 'the header length');
    const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
    checkHeaderLength(headerLength, source.remaining);
    const headerBytes = await source.readExactly(headerLength, 'the header');
    const sizePrefixed = new Uint8Array(SIZE_PREFIX_LEN + headerLength);
    sizePrefixed.set(lengthBytes, 0);
    sizePrefixed.set(headerBytes, SIZE_PREFIX_LEN);
    const meta = parseHeader(sizePrefixed);
    onHeader?.(describeHeader(meta));
    const columns = meta.columns ?? [];
    await source.skip(indexBytes(meta), 'the spatial index');

    for (let n = 0; ; n++) {
      signal?.throwIfAborted();
      const prefix = await source.read(SIZE_PREFIX_LEN);
      if (prefix.length === 0) {
        if (meta.featuresCount > 0 && n < meta.featuresCount) {
          throw new FlatGeobufError(
            `Truncated FlatGeobuf file: it ends after ${n} of ${meta.featuresCount} features.`,
          );
        }
        return;
      }
      if (prefix.length < SIZE_PREFIX_LEN) {
        throw new FlatGeobufError(`Truncated FlatGeobuf file: it ends inside feature ${n + 1}.`);
      }
      const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0, true);
      if (length === 0 || length > FEATURE_MAX_BYTES) {
        throw new FlatGeobufError(`Damaged FlatGeobuf file: feature ${n + 1} claims ${length} bytes.`);
      }
      if (source.remaining !== null && length > source.remaining) {
        throw new FlatGeobufError(
          `Damaged or truncated FlatGeobuf file: feature ${n + 1} claims ${length} bytes but only ${source.remaining} follow.`,
        );
      }
      const body = await source.readExactly(length, `feature ${n + 1}`);
      const bytes = new Uint8Array(SIZE_PREFIX_LEN + length);
      bytes.set(prefix, 0);
      bytes.set(body, SIZE_PREFIX_LEN);
      const { feature, problems } = toGeoJson(bytes, meta.geometryType, columns, n + 1, nullGeometry);
      settle(problems, onProblem);
      yield feature;
    }
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Not a readable FlatGeobuf file: ${(err as Error)?.message ?? String(err)}`);
  } finally {
    source.close();
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
