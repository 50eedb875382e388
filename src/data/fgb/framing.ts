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
 * A batch of framed features: feature k's bytes (its size prefix first) start at byte `starts[k]`
 * of `buffers[k]` (a piece of the input, or a copy), at an 8-byte-aligned offset of its
 * ArrayBuffer (aligned for FlatBuffers' typed-array views). Two parallel arrays rather than a view
 * per feature: a million typed arrays were a tenth of a 1M-parcel import's decoding, with their
 * garbage collection. Nothing writes to those buffers afterwards, so a consumer may keep them.
 */
export interface FrameBatch {
  readonly buffers: Uint8Array[];
  readonly starts: number[];
}

/** The little-endian size prefix at `start` of `bytes`: the feature's length after the prefix. */
export function frameLength(bytes: Uint8Array, start: number): number {
  return (
    (bytes[start]! | (bytes[start + 1]! << 8) | (bytes[start + 2]! << 16) | (bytes[start + 3]! << 24)) >>> 0
  );
}

/** Feature k of a batch as a view of its own bytes, size prefix included. */
export function frameAt(batch: FrameBatch, k: number): Uint8Array {
  const bytes = batch.buffers[k]!;
  const start = batch.starts[k]!;
  return bytes.subarray(start, start + SIZE_PREFIX_LEN + frameLength(bytes, start));
}

const BATCH = 1024;

/**
 * Yields the features, in batches of what was already buffered (FrameBatch): in place in the input
 * piece they were read in when they lie there aligned, else a copy. Calls `onMeta` once with the
 * parsed header first. Throws FlatGeobufError for damaged or truncated framing; stops the stream
 * when the consumer stops early.
 */
export async function* featureFrames(
  input: Uint8Array | ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
  onMeta: (meta: HeaderMeta) => void,
): AsyncGenerator<FrameBatch> {
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
    onMeta(meta);
    await source.skip(indexBytes(meta), 'the spatial index');

    // Features already buffered are framed without awaiting and handed over in batches: a promise
    // per feature (two reads and a yield) was a large part of the binary decoder's time.
    let batch: FrameBatch = { buffers: [], starts: [] };
    const full = () => batch.buffers.length >= BATCH;
    const handOver = () => {
      const out = batch;
      batch = { buffers: [], starts: [] };
      return out;
    };
    try {
      for (let n = 0; ; n++) {
        signal?.throwIfAborted();
        // Fast path: a feature whose bytes lie in the piece already read, 8-byte aligned there (as
        // a FlatBuffers writer pads them when the file's features start aligned, GDAL's and ours
        // do), stays where it is: no copy, no view.
        const peeked = source.peekUint32();
        if (peeked !== null) {
          checkLength(peeked, n, source.remaining === null ? null : source.remaining - SIZE_PREFIX_LEN);
          const piece = source.firstPiece!;
          const at = source.takeInPlace(SIZE_PREFIX_LEN + peeked, 8);
          if (at >= 0) {
            batch.buffers.push(piece);
            batch.starts.push(at);
            if (full()) yield handOver();
            continue;
          }
        }
        let prefix = source.takeBuffered(SIZE_PREFIX_LEN);
        if (!prefix) {
          if (batch.buffers.length > 0) yield handOver();
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
          if (batch.buffers.length > 0) yield handOver();
          body = await source.readExactly(length, `feature ${n + 1}`);
        }
        bytes.set(body, SIZE_PREFIX_LEN);
        batch.buffers.push(bytes);
        batch.starts.push(0);
        if (full()) yield handOver();
      }
    } catch (err) {
      // The features framed before the damage are still the consumer's, as when read one by one.
      if (batch.buffers.length > 0) yield handOver();
      throw err;
    }
    if (batch.buffers.length > 0) yield handOver();
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
