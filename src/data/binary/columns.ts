// Property columns of a chunk: raw values gathered per feature, coded when the chunk is emitted.
import { dictionaryOf } from './text-dictionary';
import type { Column } from './types';

/** How a column is stored: fixed for the layer (FlatGeobuf's typed columns), or decided per chunk. */
export type ColumnKind = 'number' | 'text' | 'auto';

/** A value as column text: strings as they are, numbers/booleans as String(), objects as JSON. */
export function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * Codes one chunk's values (index = chunk-local feature; undefined and null are null). 'auto' is a
 * number column when every present value is a number, else text. Number columns hold NaN for null
 * (a NaN value reads back as null); text columns a dictionary in first-seen order, code 0 = null,
 * stored as UTF-8 bytes plus offsets (text-dictionary.ts): the strings gathered here are dropped
 * once the chunk is emitted. Texts are compared as JS strings, so two values that differ only by a
 * lone surrogate stay two codes (both read back with U+FFFD there: see text-dictionary.ts). The
 * chunk builder uses this for 'auto' columns only: a column of fixed kind is coded as values arrive
 * (column-builder.ts), the same codes except that texts are compared as UTF-8, so those two values
 * share one code.
 */
export function codeColumn(values: unknown[], count: number, kind: ColumnKind): Column {
  let numeric = kind === 'number';
  if (kind === 'auto') {
    numeric = true;
    for (let i = 0; i < count && numeric; i++) {
      const v = values[i];
      if (v !== null && v !== undefined && typeof v !== 'number') numeric = false;
    }
  }
  if (numeric) {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const v = values[i];
      out[i] = typeof v === 'number' ? v : v === null || v === undefined ? Number.NaN : Number(v);
    }
    return { kind: 'number', values: out };
  }
  const wide = new Uint32Array(count);
  const dictionary: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const text = asText(v);
    let code = seen.get(text);
    if (code === undefined) {
      dictionary.push(text);
      code = dictionary.length;
      seen.set(text, code);
    }
    wide[i] = code;
  }
  const n = dictionary.length;
  const codes = n <= 0xff ? Uint8Array.from(wide) : n <= 0xffff ? Uint16Array.from(wide) : wide;
  return { kind: 'text', codes, dictionary: dictionaryOf(dictionary) };
}
