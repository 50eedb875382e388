// Exact-size sequential reads from bytes or a stream, for the whole-file reader.
import { FlatGeobufError } from './types';

/**
 * Sequential reads from bytes or a stream, each of an exact size. A stream that ends early is a
 * truncated file (an error); the end is only acceptable between features. Aborting cancels the
 * stream, so a stalled download stops too.
 */
export class ByteReader {
  private chunks: Uint8Array[] = [];
  /** Bytes of chunks[0] already read. */
  private head = 0;
  private buffered = 0;
  private ended = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null;
  /** Bytes not yet read, when known (bytes input); null for streams. */
  remaining: number | null;

  constructor(
    input: Uint8Array | ReadableStream<Uint8Array>,
    private readonly signal: AbortSignal | undefined,
  ) {
    if (input instanceof Uint8Array) {
      this.reader = null;
      this.chunks = input.length > 0 ? [input] : [];
      this.buffered = input.length;
      this.ended = true;
      this.remaining = input.length;
    } else {
      this.reader = input.getReader();
      this.remaining = null;
    }
  }

  private async pull(): Promise<void> {
    if (!this.reader) {
      this.ended = true;
      return;
    }
    const { signal } = this;
    signal?.throwIfAborted();
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const { done, value } = await Promise.race([this.reader.read(), aborted]);
      if (done) this.ended = true;
      else if (value && value.length > 0) {
        if (!(value instanceof Uint8Array)) throw new FlatGeobufError('The stream did not deliver bytes.');
        this.chunks.push(value);
        this.buffered += value.length;
      }
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Up to `n` bytes: fewer only when the input ends. */
  async read(n: number): Promise<Uint8Array> {
    while (this.buffered < n && !this.ended) await this.pull();
    return this.take(Math.min(n, this.buffered));
  }

  /**
   * `n` bytes when that many are already buffered, else null (nothing consumed): lets the framing
   * read the features of a buffered piece without a promise each.
   */
  takeBuffered(n: number): Uint8Array | null {
    return this.buffered >= n ? this.take(n) : null;
  }

  /**
   * The little-endian uint32 at the read position when its 4 bytes lie in the first buffered
   * piece, else null; nothing is consumed (the framing's size prefix, read without a view).
   */
  peekUint32(): number | null {
    const first = this.chunks[0];
    const at = this.head;
    if (!first || first.length - at < 4) return null;
    return (first[at]! | (first[at + 1]! << 8) | (first[at + 2]! << 16) | (first[at + 3]! << 24)) >>> 0;
  }

  /**
   * The next `n` bytes as a view of the piece they were read into (no copy), when they lie in the
   * first buffered piece at an offset of its buffer that is a multiple of `align`; else null with
   * nothing consumed. The view shares the piece's memory: pieces come from the input and nothing
   * here writes to them.
   */
  takeView(n: number, align: number): Uint8Array | null {
    const first = this.chunks[0];
    const at = this.head;
    if (!first || first.length - at < n || (first.byteOffset + at) % align !== 0) return null;
    return this.take(n);
  }

  private take(take: number): Uint8Array {
    let out: Uint8Array;
    const first = this.chunks[0];
    // The first piece is consumed by moving `head` rather than by a subarray per read: for a large
    // file's features that was two typed arrays per feature for the garbage collector.
    if (first && first.length - this.head >= take) {
      out = first.subarray(this.head, this.head + take);
      this.head += take;
      if (this.head === first.length) this.dropFirst();
    } else {
      out = new Uint8Array(take);
      let filled = 0;
      while (filled < take) {
        const chunk = this.chunks[0]!;
        const part = Math.min(chunk.length - this.head, take - filled);
        out.set(chunk.subarray(this.head, this.head + part), filled);
        filled += part;
        this.head += part;
        if (this.head === chunk.length) this.dropFirst();
      }
    }
    this.buffered -= take;
    if (this.remaining !== null) this.remaining -= take;
    return out;
  }

  private dropFirst(): void {
    this.chunks.shift();
    this.head = 0;
  }

  /** Exactly `n` bytes, or a FlatGeobufError naming what was cut off. */
  async readExactly(n: number, what: string): Promise<Uint8Array> {
    const bytes = await this.read(n);
    if (bytes.length < n) {
      throw new FlatGeobufError(
        `Truncated FlatGeobuf file: it ends inside ${what} (${bytes.length} of ${n} bytes).`,
      );
    }
    return bytes;
  }

  /** Skips `n` bytes without keeping them (the spatial index of a whole-file read). */
  async skip(n: number, what: string): Promise<void> {
    let left = n;
    while (left > 0) {
      const part = await this.read(Math.min(left, 1 << 20));
      if (part.length === 0) {
        throw new FlatGeobufError(`Truncated FlatGeobuf file: it ends inside ${what}.`);
      }
      left -= part.length;
    }
  }

  /** Stops the stream (early exit, abort or error): lets the browser drop the download. */
  close(): void {
    if (!this.reader) return;
    this.reader.cancel().catch(() => {});
    this.reader.releaseLock();
  }
}
