// The framing of a whole file, shared by the GeoJSON reader (reader.ts) and the binary decoder
// (binary.ts): magic, size-prefixed header, spatial index skipped, then size-prefixed features,
// every length checked against the bytes that exist (see reader.ts for why not the package's own).
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ByteReader } from './byte-reader';
import { checkHeaderLength, checkMagic, indexBytes, parseHeader } from './header';
import { FlatGeobufError } from './types';

const FEATURE_MAX_BYTES = 1024 * 1024 * 1024;
const SLAB_BYTES = 1 << 20;

/**
 * Fresh 8-byte-aligned buffers for features, cut from 1 MiB slabs: one allocation per few thousand
 * small features instead of one each (the garbage collector's load halved the binary decoder's
 * speed). A slab is never reused, so a view a consumer keeps stays valid; a big feature gets its own.
 */
class Slabs {
  private slab = new Uint8Array(SLAB_BYTES);
  private used = 0;

  take(n: number): Uint8Array {
    if (n > SLAB_BYTES / 4) return new Uint8Array(n);
    if (this.used + n > SLAB_BYTES) {
      this.slab = new Uint8Array(SLAB_BYTES);
      this.used = 0;
    }
    const out = this.slab.subarray(this.used, this.used + n);
    this.used = (this.used + n + 7) & ~7;
    return out;
  }
}

/**
 * Yields the features, in batches of what was already buffered, each as its own bytes (size prefix
 * included) at an 8-byte-aligned offset of its buffer (aligned for FlatBuffers' typed-array views):
 * a view of the input piece it was read in when it lies there aligned, else a copy. Nothing writes
 * to those buffers afterwards, so a view a consumer keeps stays valid. Calls `onMeta` once with the
 * parsed header first, and the byte offset of the first feature (after the magic, the header and the
 * spatial index): with the frames' lengths, a consumer knows how far into the file it has decoded.
 * Throws FlatGeobufError for damaged or truncated framing; stops the stream when the consumer stops
 * early.
 */
export async function* featureFrames(
  input: Uint8Array | ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  onMeta: (meta: HeaderMeta, featuresStart: number) => void,
): AsyncGenerator<Uint8Array[]> {
  const source = new ByteReader(input, signal);
  const slabs = new Slabs();
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
    const index = indexBytes(meta);
    onMeta(meta, magicbytes.length + SIZE_PREFIX_LEN + headerLength + index);
    await source.skip(index, 'the spatial index');

    // Features already buffered are framed without awaiting and handed over in batches: a promise
    // per feature (two reads and a yield) was a large part of the binary decoder's time.
    let batch: Uint8Array[] = [];
    try {
      for (let n = 0; ; n++) {
        signal?.throwIfAborted();
        // Fast path: a feature whose bytes lie in the piece already read, 8-byte aligned there (as
        // a FlatBuffers writer pads them when the file's features start aligned, GDAL's and ours
        // do), is handed over as a view of that piece: no copy and one typed array per feature.
        const peeked = source.peekUint32();
        if (peeked !== null) {
          checkLength(peeked, n, source.remaining === null ? null : source.remaining - SIZE_PREFIX_LEN);
          const view = source.takeView(SIZE_PREFIX_LEN + peeked, 8);
          if (view) {
            batch.push(view);
            if (batch.length >= 1024) {
              yield batch;
              batch = [];
            }
            continue;
          }
        }
        let prefix = source.takeBuffered(SIZE_PREFIX_LEN);
        if (!prefix) {
          if (batch.length > 0) {
            yield batch;
            batch = [];
          }
          prefix = await source.read(SIZE_PREFIX_LEN);
        }
        if (prefix.length === 0) {
          if (meta.featuresCount > 0 && n < meta.featuresCount) {
            throw new FlatGeobufError(
              `Truncated FlatGeobuf file: it ends after ${n} of ${meta.featuresCount} features.`,
            );
          }
          break;
        }
        if (prefix.length < SIZE_PREFIX_LEN) {
          throw new FlatGeobufError(`Truncated FlatGeobuf file: it ends inside feature ${n + 1}.`);
        }
        const length = new DataView(prefix.buffer, prefix.byteOffset, 4).getUint32(0, true);
        checkLength(length, n, source.remaining);
        // Otherwise (a feature across two pieces, or unaligned) its bytes are copied to a slab.
        const bytes = slabs.take(SIZE_PREFIX_LEN + length);
        bytes.set(prefix, 0); // before any await: a later read may reuse the piece it views
        let body = source.takeBuffered(length);
        if (!body) {
          if (batch.length > 0) {
            yield batch;
            batch = [];
          }
          body = await source.readExactly(length, `feature ${n + 1}`);
        }
        bytes.set(body, SIZE_PREFIX_LEN);
        batch.push(bytes);
        if (batch.length >= 1024) {
          yield batch;
          batch = [];
        }
      }
    } catch (err) {
      // The features framed before the damage are still the consumer's, as when read one by one.
      if (batch.length > 0) yield batch;
      throw err;
    }
    if (batch.length > 0) yield batch;
  } finally {
    source.close();
  }
}

/**
 * Throws for the size of feature n + 1 when it is 0, over FEATURE_MAX_BYTES, or more than the
 * `remaining` bytes after its prefix (null: unknown, a stream).
 */
function checkLength(length: number, n: number, remaining: number | null): void {
  if (length === 0 || length > FEATURE_MAX_BYTES) {
    throw new FlatGeobufError(`Damaged FlatGeobuf file: feature ${n + 1} claims ${length} bytes.`);
  }
  if (remaining !== null && length > remaining) {
    throw new FlatGeobufError(
      `Damaged or truncated FlatGeobuf file: feature ${n + 1} claims ${length} bytes but only ${remaining} follow.`,
    );
  }
}

/** What a whole-file read throws: the abort reason, a FlatGeobufError as is, anything else wrapped. */
export function readError(err: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  if (err instanceof FlatGeobufError) return err;
  return new FlatGeobufError(`Not a readable FlatGeobuf file: ${(err as Error)?.message ?? String(err)}`);
}
