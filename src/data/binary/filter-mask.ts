// A layer filter (src/lib/filter.ts) on a large layer's chunks: one Uint8Array per chunk, 1 where the
// feature passes, computed from the typed columns without building a feature (a text column is
// tested once per dictionary entry, each decoded once per call, then per feature by its code). The
// rules are lib/filter.ts's `passesField` on the values `propertiesAt` gives: a missing value is
// the category 'unknown' and is never within a range; a text is never within a range. The filter's
// text query is not applied to large layers (no search index is built over 1M rows): only its
// field filters are.

import { sortTexts } from '../../i18n/collate';
import { categoryOf, type FieldFilter, type LayerFilter, UNKNOWN_VALUE } from '../../lib/filter';
import type { FieldSpec } from '../filter-fields';
import { dictionarySize, textAt, texts } from './text-dictionary';
import type { BinaryChunk } from './types';

/** Whether `filter` has field filters a mask must apply (the query alone does not count). */
export const hasFieldFilters = (filter: LayerFilter): boolean => Object.keys(filter.fields).length > 0;

function passesNumber(v: number, f: FieldFilter): boolean {
  if (f.kind === 'values') return f.values.includes(categoryOf(v));
  if (Number.isNaN(v)) return false;
  return (f.min === null || v >= f.min) && (f.max === null || v <= f.max);
}

/** Ands one field filter into `mask` (chunk-local, 1 = passes so far). */
function applyField(chunk: BinaryChunk, name: string, f: FieldFilter, mask: Uint8Array): void {
  const col = chunk.columns[name];
  if (!col) {
    // The chunk lacks the column: every value is unknown.
    if (!(f.kind === 'values' && f.values.includes(UNKNOWN_VALUE))) mask.fill(0);
    return;
  }
  if (col.kind === 'number') {
    for (let i = 0; i < chunk.count; i++) if (mask[i] && !passesNumber(col.values[i]!, f)) mask[i] = 0;
    return;
  }
  // Per code: code 0 is null ('unknown'); a text never lies in a range.
  const ok = new Uint8Array(dictionarySize(col.dictionary) + 1);
  if (f.kind === 'values') {
    ok[0] = f.values.includes(UNKNOWN_VALUE) ? 1 : 0;
    texts(col.dictionary).forEach((s, k) => {
      ok[k + 1] = f.values.includes(categoryOf(s)) ? 1 : 0;
    });
  }
  for (let i = 0; i < chunk.count; i++) if (mask[i] && !ok[col.codes[i]!]) mask[i] = 0;
}

/** The chunk's mask for `filter`'s field filters: 1 where the feature passes every one. */
export function chunkMask(chunk: BinaryChunk, filter: LayerFilter): Uint8Array {
  const mask = new Uint8Array(chunk.count).fill(1);
  for (const [name, f] of Object.entries(filter.fields)) applyField(chunk, name, f, mask);
  return mask;
}

/** How many entries of `mask` are set; with `chunk`, only those of located features (a geometry). */
export function maskCount(mask: Uint8Array, chunk?: BinaryChunk): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++)
    if (mask[i] && (chunk === undefined || chunk.geometryTypes[i] !== 0)) n++;
  return n;
}

/**
 * Chunk `chunk`'s mask of the features among `ordinals` (layer-wide, ascending: an analysis answer
 * shown on the map), anded with `base` (the chunk's filter mask; null: every feature passes).
 */
export function ordinalMask(chunk: BinaryChunk, ordinals: Uint32Array, base: Uint8Array | null): Uint8Array {
  const mask = new Uint8Array(chunk.count);
  // The first ordinal at or after the chunk's first feature (binary search).
  let lo = 0;
  let hi = ordinals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ordinals[mid]! < chunk.first) lo = mid + 1;
    else hi = mid;
  }
  const end = chunk.first + chunk.count;
  for (let k = lo; k < ordinals.length && ordinals[k]! < end; k++) {
    const i = ordinals[k]! - chunk.first;
    mask[i] = base ? base[i]! : 1;
  }
  return mask;
}

/**
 * The ordinals of `order` whose feature passes: `masks[k]` is chunk k's mask (chunks in `first`
 * order). Returns a new array in `order`'s order.
 */
export function passingOrdinals(
  chunks: readonly BinaryChunk[],
  masks: readonly Uint8Array[],
  order: Uint32Array,
): Uint32Array {
  const last = chunks[chunks.length - 1];
  const pass = new Uint8Array(last ? last.first + last.count : 0);
  chunks.forEach((c, k) => {
    pass.set(masks[k]!, c.first);
  });
  return order.filter((o) => pass[o] === 1);
}

/** Per category (lib/filter.ts `categoryOf`, 'unknown' for null), how many features have it. */
export function categoryCounts(chunks: readonly BinaryChunk[], name: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (v: string, n: number) => {
    if (n > 0) out.set(v, (out.get(v) ?? 0) + n);
  };
  for (const c of chunks) {
    const col = c.columns[name];
    if (!col) add(UNKNOWN_VALUE, c.count);
    else if (col.kind === 'number') for (const v of col.values) add(categoryOf(v), 1);
    else {
      const perCode = new Uint32Array(dictionarySize(col.dictionary) + 1);
      for (let i = 0; i < c.count; i++) perCode[col.codes[i]!]!++;
      add(UNKNOWN_VALUE, perCode[0]!);
      texts(col.dictionary).forEach((s, k) => {
        add(categoryOf(s), perCode[k + 1]!);
      });
    }
  }
  return out;
}

/** Features whose `name` is not a number (null, text, or no column): no range shows them. */
export function notNumberCount(chunks: readonly BinaryChunk[], name: string): number {
  let n = 0;
  for (const c of chunks) {
    const col = c.columns[name];
    if (col?.kind === 'number') for (const v of col.values) n += Number.isNaN(v) ? 1 : 0;
    else n += c.count;
  }
  return n;
}

const MAX_VALUES = 12;

/**
 * The filterable fields among `fields` (at most `maxFields`), as the small imported layers offer
 * them (src/userlayers/filter-fields.ts): a number column over a real extent (min < max) is a
 * range; a text column of 2–12 distinct non-empty texts is a set of values; a field that is
 * numbers in some chunks and text in others is not offered.
 */
export function chunkFilterFields(
  chunks: readonly BinaryChunk[],
  fields: readonly string[],
  maxFields = 6,
): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const name of fields) {
    if (Object.keys(out).length >= maxFields) break;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const distinct = new Set<string>();
    let numbers = false;
    let tooMany = false;
    for (const c of chunks) {
      const col = c.columns[name];
      if (!col) continue;
      if (col.kind === 'number') {
        for (const v of col.values) {
          if (Number.isNaN(v)) continue;
          numbers = true;
          if (v < min) min = v;
          if (v > max) max = v;
        }
      } else {
        // Value by value, so that an id column stops after 13 decoded values, not a dictionary.
        const n = dictionarySize(col.dictionary);
        for (let k = 0; k < n && !tooMany; k++) {
          const s = textAt(col.dictionary, k);
          if (s.trim() !== '') distinct.add(s);
          tooMany = distinct.size > MAX_VALUES;
        }
        if (tooMany) break;
      }
    }
    if (tooMany || (numbers && distinct.size > 0)) continue;
    if (numbers && Number.isFinite(min) && Number.isFinite(max) && min < max)
      out[name] = { kind: 'range', min, max };
    else if (!numbers && distinct.size >= 2) out[name] = { kind: 'values', values: sortTexts(distinct) };
  }
  return out;
}
