// The rows of a large layer read straight from its chunks' typed columns (issue 10 §2): a cell, the
// chunk holding an ordinal, and a sort of layer ordinals by a column. Nothing here builds a GeoJSON
// feature or one object per row: a sort of 1M rows fills one Float64Array of keys and sorts one
// Uint32Array of ordinals with a comparator reading it.
//
// Text columns are read only by indexing `codes` (its element type may be 8, 16 or 32 bits); their
// dictionaries are UTF-8 (text-dictionary.ts): a cell decodes its one value, a sort decodes each
// chunk's dictionary once.
import { textAt, texts } from './text-dictionary';
import type { BinaryChunk } from './types';

/** One cell: a number, a text, or null (NaN / code 0 / a column the chunk lacks). */
export type Cell = string | number | null;

/** The value of column `name` for chunk-local feature `i`. */
export function cellAt(chunk: BinaryChunk, name: string, i: number): Cell {
  const c = chunk.columns[name];
  if (!c) return null;
  if (c.kind === 'number') {
    const v = c.values[i]!;
    return Number.isNaN(v) ? null : v;
  }
  const code = c.codes[i]!;
  return code === 0 ? null : textAt(c.dictionary, code - 1);
}

/**
 * The chunk holding layer ordinal `ordinal` and the feature's index in it (chunks in `first`
 * order, as the store keeps them); null when no chunk holds it.
 */
export function locate(
  chunks: readonly BinaryChunk[],
  ordinal: number,
): { chunk: BinaryChunk; i: number } | null {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = chunks[mid]!;
    if (ordinal < c.first) hi = mid - 1;
    else if (ordinal >= c.first + c.count) lo = mid + 1;
    else return { chunk: c, i: ordinal - c.first };
  }
  return null;
}

/** One past the largest ordinal of `chunks` (the length of an array indexed by ordinal). */
export function ordinalEnd(chunks: readonly BinaryChunk[]): number {
  const last = chunks[chunks.length - 1];
  return last ? last.first + last.count : 0;
}

/** Every ordinal of `chunks`, ascending. */
export function allOrdinals(chunks: readonly BinaryChunk[]): Uint32Array {
  const out = new Uint32Array(chunks.reduce((n, c) => n + c.count, 0));
  let k = 0;
  for (const c of chunks) for (let i = 0; i < c.count; i++) out[k++] = c.first + i;
  return out;
}

const keyCache = new WeakMap<readonly BinaryChunk[], Map<string, Float64Array>>();

/**
 * Per ordinal, a number that orders column `name`: the value of a number column; for text, the
 * rank of the text among every distinct text of the column (ordered by `compareText`), so one
 * collation per distinct text, not per comparison. NaN for null. Cached per (chunks array, column).
 */
export function sortKeys(
  chunks: readonly BinaryChunk[],
  name: string,
  compareText: (a: string, b: string) => number,
): Float64Array {
  let byName = keyCache.get(chunks);
  if (!byName) {
    byName = new Map();
    keyCache.set(chunks, byName);
  }
  const hit = byName.get(name);
  if (hit) return hit;
  const keys = new Float64Array(ordinalEnd(chunks)).fill(Number.NaN);
  // Each chunk's dictionary decoded once, for the distinct texts and then for its ranks (held for
  // this call only, next to the rank map that holds every distinct text anyway).
  const decoded = chunks.map((c) => {
    const col = c.columns[name];
    return col?.kind === 'text' ? texts(col.dictionary) : null;
  });
  const distinct = new Set<string>();
  for (const d of decoded) if (d) for (const s of d) distinct.add(s);
  const rank = new Map([...distinct].sort(compareText).map((s, r) => [s, r] as const));
  for (const [j, c] of chunks.entries()) {
    const col = c.columns[name];
    if (!col) continue;
    if (col.kind === 'number') {
      keys.set(col.values, c.first);
      continue;
    }
    // Code → rank for this chunk's dictionary (index 0: null).
    const values = decoded[j]!;
    const ranks = new Float64Array(values.length + 1);
    ranks[0] = Number.NaN;
    values.forEach((s, k) => {
      ranks[k + 1] = rank.get(s)!;
    });
    for (let i = 0; i < c.count; i++) keys[c.first + i] = ranks[col.codes[i]!]!;
  }
  byName.set(name, keys);
  return keys;
}

/**
 * `ordinals` sorted by `keys` (from sortKeys), ascending or descending; nulls (NaN) last in both
 * directions, ties in ordinal order. Returns a new array; `ordinals` is left as it was.
 */
export function sortOrdinals(ordinals: Uint32Array, keys: Float64Array, desc: boolean): Uint32Array {
  const out = Uint32Array.from(ordinals);
  const sign = desc ? -1 : 1;
  return out.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    const xNull = Number.isNaN(x);
    const yNull = Number.isNaN(y);
    if (xNull || yNull) return xNull === yNull ? a - b : xNull ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  });
}
