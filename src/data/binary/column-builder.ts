// The columns of a chunk being built whose kind the layer fixes (FlatGeobuf's typed columns, and
// GeoJSON layers once layerColumns has looked at every value): coded as values arrive instead of
// gathered as JS values and coded when the chunk is emitted (columns.ts `codeColumn`, still used
// for 'auto' columns). Both give the same Column (types.ts).
//
// Number columns write into a Float64Array (NaN = null). Text columns give each distinct text a
// code as it arrives, keyed by its UTF-8 bytes (byte-set.ts), so the FlatGeobuf decoder can hand
// over a value's bytes straight from the file: an ASCII value (a parcel id) is never a JS string.
// A value the decoder had to decode and normalise (non-ASCII) can be remembered under its raw bytes
// (`alias`), so the next feature with the same bytes skips the decoding.
import { ByteSet, hashBytes } from './byte-set';
import type { Column } from './types';

/** A chunk's number column: one float64 per row, NaN for null. */
export class NumberColumnBuilder {
  values: Float64Array;

  constructor(rows: number) {
    this.values = new Float64Array(rows).fill(Number.NaN);
  }

  /** The column of rows 0 … count − 1 (its own buffer), then empties it for the next chunk. */
  emit(count: number): Column {
    const out = this.values.slice(0, count);
    this.values.fill(Number.NaN, 0, count);
    return { kind: 'number', values: out };
  }
}

const encoder = new TextEncoder();

/** A chunk's text column: codes per row (0 = null) and its dictionary in first-seen order. */
export class TextColumnBuilder {
  private codes: Uint32Array;
  private readonly dictionary = new ByteSet();
  /** Raw bytes (as read) → code + 1 of the text they were normalised to. */
  private readonly aliases = new ByteSet();
  private aliasCodes = new Uint32Array(64);
  private scratch = new Uint8Array(256);

  constructor(rows: number) {
    this.codes = new Uint32Array(rows);
  }

  /** Row `row` holds src[start, end): UTF-8 the caller knows to be valid and in NFC if it must be. */
  setUtf8(row: number, src: Uint8Array, start: number, end: number): void {
    this.codes[row] = this.codeOf(src, start, end, hashBytes(src, start, end));
  }

  /** Row `row` holds `text` (a lone surrogate is stored as U+FFFD, as UTF-8 must). */
  setString(row: number, text: string): void {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const n = encoder.encodeInto(text, this.scratch).written;
    this.codes[row] = this.codeOf(this.scratch, 0, n, hashBytes(this.scratch, 0, n));
  }

  /**
   * Row `row` holds what raw bytes src[start, end) were earlier given as (`alias`): true when they
   * were, else false and nothing is set.
   */
  setAliased(row: number, src: Uint8Array, start: number, end: number): boolean {
    const k = this.aliases.indexOf(src, start, end, hashBytes(src, start, end));
    if (k < 0) return false;
    this.codes[row] = this.aliasCodes[k]!;
    return true;
  }

  /** Remembers that raw bytes src[start, end) read as the text of row `row` (set just before). */
  alias(row: number, src: Uint8Array, start: number, end: number): void {
    const h = hashBytes(src, start, end);
    if (this.aliases.indexOf(src, start, end, h) >= 0) return;
    const k = this.aliases.add(src, start, end, h);
    if (k >= this.aliasCodes.length) {
      const next = new Uint32Array(this.aliasCodes.length * 2);
      next.set(this.aliasCodes);
      this.aliasCodes = next;
    }
    this.aliasCodes[k] = this.codes[row]!;
  }

  /** Row `row` is null. */
  setNull(row: number): void {
    this.codes[row] = 0;
  }

  /**
   * The column of rows 0 … count − 1: codes in the narrowest array the dictionary fits, the
   * dictionary as bytes + offsets (each its own buffer of exactly its length); then empties it.
   */
  emit(count: number): Column {
    const d = this.dictionary;
    const n = d.size;
    const wide = this.codes.subarray(0, count);
    const codes =
      n <= 0xff ? new Uint8Array(count) : n <= 0xffff ? new Uint16Array(count) : new Uint32Array(count);
    codes.set(wide);
    const column: Column = {
      kind: 'text',
      codes,
      dictionary: { bytes: d.bytes.slice(0, d.used), offsets: d.offsets.slice(0, n + 1) },
    };
    this.codes.fill(0, 0, count);
    d.clear();
    this.aliases.clear();
    return column;
  }

  private codeOf(src: Uint8Array, start: number, end: number, h: number): number {
    const k = this.dictionary.indexOf(src, start, end, h);
    return (k >= 0 ? k : this.dictionary.add(src, start, end, h)) + 1;
  }
}
