// What each column of an imported layer offers to "Colour by" (color-by.ts), read from a small
// layer's features or from every chunk of a large layer, and the numbers a class rule is made of.
// Read when the row is shown (cheap: distinct values stop being collected past the limit of what a
// category rule can show), the numbers only when the user chooses a numeric column.
import { dictionarySize, indexOfText, textAt } from '../data/binary/text-dictionary';
import type { BinaryChunk } from '../data/binary/types';
import type { LayerFeature } from '../data/load-layer';
import { CATEGORY_LIMIT, type ColumnProfile, textProfile } from './color-by';
import { isMissingValue } from './evaluate';

/**
 * One profile per field of a small layer, in `fields` order: 'number' when every present value is
 * a number, 'text' (or 'many') when values are text, booleans or a mix with numbers (compared as
 * text, as the renderers' category rule does); 'structured' when a value is an object or a list
 * (no renderer compares those as text the same way: listed, not offered, so the column does not
 * vanish from the choice unexplained). A column without any value is left out.
 */
export function profileFeatures(
  features: readonly LayerFeature[],
  fields: readonly string[],
): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (const field of fields) {
    let numbers = true;
    let present = false;
    let objects = false;
    const distinct = new Set<string>();
    for (const f of features) {
      const v = f.properties?.[field];
      if (isMissingValue(v)) continue;
      present = true;
      if (typeof v === 'object') {
        objects = true;
        break;
      }
      if (typeof v !== 'number') numbers = false;
      distinct.add(String(v));
    }
    if (!present) continue;
    out.push(
      objects
        ? { field, kind: 'structured' }
        : numbers
          ? { field, kind: 'number' }
          : textProfile(field, distinct),
    );
  }
  return out;
}

/**
 * The same for a large layer over all its `chunks`: a column numeric in every chunk is 'number';
 * else its distinct texts are the union of the chunks' dictionaries (without '') and of the
 * numbers of chunks where it was numeric, written as text.
 */
export function profileChunks(chunks: readonly BinaryChunk[], fields: readonly string[]): ColumnProfile[] {
  const out: ColumnProfile[] = [];
  for (const field of fields) {
    const columns = chunks.map((c) => c.columns[field]).filter((c) => c !== undefined);
    if (columns.length === 0) continue;
    if (columns.every((c) => c.kind === 'number')) {
      if (columns.some((c) => c.values.some((v) => Number.isFinite(v)))) out.push({ field, kind: 'number' });
      continue;
    }
    const distinct = new Set<string>();
    // Past the limit the exact count only feeds a message: stop at a bound instead of reading on.
    const enough = CATEGORY_LIMIT * 100;
    for (const c of columns) {
      if (distinct.size > enough) break;
      if (c.kind === 'text') {
        // Value by value (UTF-8, text-dictionary.ts): an id column stops decoding at the bound.
        const n = dictionarySize(c.dictionary);
        for (let k = 0; k < n && distinct.size <= enough; k++) {
          const v = textAt(c.dictionary, k);
          if (v !== '') distinct.add(v);
        }
      } else {
        for (const v of c.values) if (Number.isFinite(v)) distinct.add(String(v));
      }
    }
    if (distinct.size > 0) out.push(textProfile(field, distinct));
  }
  return out;
}

/** A small layer's values of `field` as numbers (anything else: null, no data). */
export function featureNumbers(features: readonly LayerFeature[], field: string): (number | null)[] {
  return features.map((f) => {
    const v = f.properties?.[field];
    return typeof v === 'number' ? v : null;
  });
}

/** A large layer's values of `field` over all chunks, in order (NaN: no data). */
export function chunkNumbers(chunks: readonly BinaryChunk[], field: string): number[] {
  const out: number[] = [];
  for (const c of chunks) {
    const col = c.columns[field];
    if (col?.kind === 'number') for (const v of col.values) out.push(v);
    else for (let i = 0; i < c.count; i++) out.push(Number.NaN);
  }
  return out;
}

/** Whether a feature of a small layer misses `field` (null, absent, '' or not finite). */
export const featuresMiss = (features: readonly LayerFeature[], field: string): boolean =>
  features.some((f) => isMissingValue(f.properties?.[field]));

/** Whether a feature of a large layer misses `field` (NaN, code 0, '' or a chunk without it). */
export function chunksMiss(chunks: readonly BinaryChunk[], field: string): boolean {
  return chunks.some((c) => {
    const col = c.columns[field];
    if (!col) return c.count > 0;
    if (col.kind === 'number') return col.values.some((v) => !Number.isFinite(v));
    const empty = indexOfText(col.dictionary, '') + 1;
    return col.codes.some((code) => code === 0 || code === empty);
  });
}
