// Exact-size sequential reads from bytes or a stream, for the whole-file reader.
import { FlatGeobufError } from './types';

/**
 * Sequential reads from bytes or a stream, each of an exact size. A stream that ends early is a
 * truncated file (an error); the end is only acceptable between features. Aborting cancels the
 * stream, so a stalled download stops too.
 */
export class ByteReader {
  private chunks: Uint8Array[] = [];
  /** Bytes of chunks[0] already taken (a cursor, instead of a new view of the rest per take). */
  private head = 0;
  /** Bytes buffered and not yet taken. */
  buffered = 0;
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
   * The little-endian uint32 at the read position when 4 bytes are buffered, else null; nothing is
   * consumed (the framing reads a feature's size before deciding how to take it).
   */
  peekUint32(): number | null {
    if (this.buffered < 4) return null;
    let value = 0;
    let chunk = 0;
    let at = this.head;
    for (let k = 0; k < 4; k++) {
      while (at >= this.chunks[chunk]!.length) {
        chunk++;
        at = 0;
      }
      value |= this.chunks[chunk]![at++]! << (8 * k);
    }
    return value >>> 0;
  }

  /**
   * `n` buffered bytes as a view of the piece that holds them, when one piece holds them all and
   * they start at an 8-byte-aligned offset of its buffer (what FlatBuffers' Float64Array views
   * need); else null and nothing consumed. The pieces are the input's or the stream's own: nothing
   * writes to them afterwards.
   */
  takeAlignedView(n: number): Uint8Array | null {
    const first = this.chunks[0];
    if (!first || first.length - this.head < n || (first.byteOffset + this.head) % 8 !== 0) return null;
    return this.take(n);
  }

  /** Fills `dest` with the next dest.length bytes when that many are buffered (true), else false. */
  takeInto(dest: Uint8Array): boolean {
    if (this.buffered < dest.length) return false;
    this.copyOut(dest);
    return true;
  }

  private take(take: number): Uint8Array {
    const first = this.chunks[0];
    if (first && first.length - this.head >= take) {
      const out = first.subarray(this.head, this.head + take);
      this.advance(first, take);
      return out;
    }
    const out = new Uint8Array(take);
    this.copyOut(out);
    return out;
  }

  /** Copies the next dest.length (buffered) bytes into dest and consumes them. */
  private copyOut(dest: Uint8Array): void {
    const take = dest.length;
    let filled = 0;
    while (filled < take) {
      const chunk = this.chunks[0]!;
      const part = Math.min(chunk.length - this.head, take - filled);
      if (part < 64) for (let k = 0; k < part; k++) dest[filled + k] = chunk[this.head + k]!;
      else dest.set(chunk.subarray(this.head, this.head + part), filled);
      filled += part;
      this.advance(chunk, part);
    }
  }

  private advance(chunk: Uint8Array, n: number): void {
    this.head += n;
    if (this.head === chunk.length) {
      this.chunks.shift();
      this.head = 0;
    }
    this.buffered -= n;
    if (this.remaining !== null) this.remaining -= n;
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
