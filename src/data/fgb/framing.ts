// The framing of a whole file, shared by the GeoJSON reader (reader.ts) and the binary decoder
// (binary.ts): magic, size-prefixed header, spatial index skipped, then size-prefixed features,
// every length checked against the bytes that exist (see reader.ts for why not the package's own).
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ByteReader } from './byte-reader';
import { checkHeaderLength, checkMagic, indexBytes, parseHeader } from './header';
import { FlatGeobufError } from './types';

const FEATURE_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Yields each feature as its own buffer (size prefix included, offset 0: aligned for FlatBuffers'
 * typed-array views), after calling `onMeta` once with the parsed header. Throws FlatGeobufError for
 * damaged or truncated framing; stops the stream when the consumer stops early.
 */
export async function* featureFrames(
  input: Uint8Array | ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  onMeta: (meta: HeaderMeta) => void,
): AsyncGenerator<Uint8Array> {
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
    onMeta(meta);
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
      yield bytes;
    }
  } finally {
    source.close();
  }
}

/** What a whole-file read throws: the abort reason, a FlatGeobufError as is, anything else wrapped. */
export function readError(err: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  if (err instanceof FlatGeobufError) return err;
  return new FlatGeobufError(`Not a readable FlatGeobuf file: ${(err as Error)?.message ?? String(err)}`);
}
