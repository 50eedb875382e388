// A set of byte strings in insertion order, kept in one growing arena: the text columns' dictionary
// while a chunk is built (column-builder.ts), looked up by the bytes themselves.
//
// Why not a Map<string, number>: the large-layer decoder reads text as UTF-8 bytes from the file,
// and a parcel id column has a new value in almost every feature; keying a Map means decoding each
// value to a JS string first (a string per feature for the garbage collector, then encoded back to
// UTF-8 for the chunk). Here a value is hashed and compared as bytes and copied once, into the
// arena that becomes the chunk's dictionary.

/** FNV-1a (32-bit) of src[start, end). */
export function hashBytes(src: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ src[i]!, 0x01000193);
  return h >>> 0;
}

/** Entry k is `bytes[offsets[k] .. offsets[k + 1])`; entries are distinct byte strings. */
export class ByteSet {
  bytes = new Uint8Array(4096);
  /** Bytes used in `bytes`. */
  used = 0;
  /** offsets[0] = 0, then the end of each entry: length size + 1 of the first values. */
  offsets = new Uint32Array(256);
  size = 0;
  private hashes = new Uint32Array(256);
  /** Open addressing, linear probing: entry index + 1, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(256);

  /** The index of the entry equal to src[start, end) (whose hash is `h`), or −1. */
  indexOf(src: Uint8Array, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    const { bytes, offsets, hashes, slots } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s]! - 1;
      if (e < 0) return -1;
      if (hashes[e] !== h) continue;
      const from = offsets[e]!;
      if (offsets[e + 1]! - from !== length) continue;
      let j = 0;
      while (j < length && bytes[from + j] === src[start + j]) j++;
      if (j === length) return e;
    }
  }

  /** Adds src[start, end) (hash `h`, not in the set: indexOf gave −1); returns its index. */
  add(src: Uint8Array, start: number, end: number, h: number): number {
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.used + length, this.bytes.length * 2));
      next.set(this.bytes.subarray(0, this.used));
      this.bytes = next;
    }
    const into = this.bytes;
    const at = this.used;
    // A short value (most are) is copied by hand: a subarray per value costs more than its bytes.
    if (length <= 64) for (let j = 0; j < length; j++) into[at + j] = src[start + j]!;
    else into.set(src.subarray(start, end), at);
    this.used += length;
    const e = this.size++;
    if (this.size + 1 > this.offsets.length) {
      this.offsets = grown(this.offsets, this.offsets.length * 2);
      this.hashes = grown(this.hashes, this.hashes.length * 2);
    }
    this.offsets[e + 1] = this.used;
    this.hashes[e] = h;
    if (2 * this.size > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e, h);
    return e;
  }

  /** Empties it, keeping its memory (the next chunk needs about as much). */
  clear(): void {
    this.used = 0;
    this.size = 0;
    this.slots.fill(0);
  }

  private place(e: number, h: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(slots: number): void {
    this.slots = new Int32Array(slots);
    for (let e = 0; e < this.size; e++) this.place(e, this.hashes[e]!);
  }
}

function grown(a: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(length);
  next.set(a);
  return next;
}
