// The map search over a large imported layer's chunks (issue 10 §2: a layer of 100k parcels is a
// layer like the others, and before this nothing searched it: its table has no search box). The
// small layers' search folds every row into a haystack (src/lib/search.ts); 1M haystacks would cost
// tens of MB and seconds. Here the text columns are searched through their chunk dictionaries: each
// dictionary is folded once, into one string (its values joined by '\n', which no folded token
// holds), where `indexOf` finds a token's values natively; each feature then looks up its codes.
// A feature matches when every token of the query occurs in one of its text values (as a substring,
// the app's rule), or equals one of its numbers (a parcel's number: "thua 123"). Per key press that
// is a few `indexOf` scans and one pass over the codes of each text column.
import type { Feature, Geometry } from 'geojson';
import { featureAt } from '../../data/binary/feature';
import { dictionarySize, type TextDictionary, textAt } from '../../data/binary/text-dictionary';
import type { BinaryChunk } from '../../data/binary/types';
import type { LayerFeature } from '../../data/load-layer';
import { normalizeForSearch, queryTokens } from '../../lib/search';
import type { BigLayer } from '../../state/big-layers-store';
import { nameColumn } from '../table/user-columns';
import type { SearchHit } from './map-search';

/** A dictionary folded for search: value k is `text.slice(starts[k], starts[k + 1] - 1)`. */
interface FoldedDictionary {
  text: string;
  starts: Uint32Array;
}

const folded = new WeakMap<TextDictionary, FoldedDictionary>();

function foldedOf(dict: TextDictionary): FoldedDictionary {
  let f = folded.get(dict);
  if (!f) {
    const n = dictionarySize(dict);
    const parts: string[] = new Array(n);
    const starts = new Uint32Array(n + 1);
    let at = 0;
    for (let k = 0; k < n; k++) {
      parts[k] = normalizeForSearch(textAt(dict, k));
      starts[k] = at;
      at += parts[k]!.length + 1;
    }
    starts[n] = at;
    f = { text: `${parts.join('\n')}\n`, starts };
    folded.set(dict, f);
  }
  return f;
}

/** 1 for each dictionary value (0-based) holding `token`. */
function valuesHolding(f: FoldedDictionary, token: string): Uint8Array {
  const n = f.starts.length - 1;
  const out = new Uint8Array(n);
  let from = 0;
  for (;;) {
    const i = f.text.indexOf(token, from);
    if (i < 0) break;
    // The value containing position i: the last start ≤ i (binary search).
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (f.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    out[lo] = 1;
    from = f.starts[lo + 1]!; // one hit per value is enough
  }
  return out;
}

/** Local indices (ascending) of the features of `chunk` matching every token. */
function chunkMatches(chunk: BinaryChunk, fields: readonly string[], tokens: readonly string[]): number[] {
  const all = new Uint8Array(chunk.count).fill(1);
  for (const token of tokens) {
    const number = /^\d+(\.\d+)?$/.test(token) ? Number(token) : null;
    const has = new Uint8Array(chunk.count);
    for (const field of fields) {
      const column = chunk.columns[field];
      if (!column) continue;
      if (column.kind === 'text') {
        const holding = valuesHolding(foldedOf(column.dictionary), token);
        const codes = column.codes;
        for (let i = 0; i < chunk.count; i++) {
          const code = codes[i]!;
          if (code !== 0 && holding[code - 1] === 1) has[i] = 1;
        }
      } else if (number !== null) {
        const values = column.values;
        for (let i = 0; i < chunk.count; i++) if (values[i] === number) has[i] = 1;
      }
    }
    for (let i = 0; i < chunk.count; i++) all[i]! &= has[i]!;
  }
  const out: number[] = [];
  for (let i = 0; i < chunk.count; i++) if (all[i] === 1) out.push(i);
  return out;
}

export interface BigSearchResult {
  /** The best `limit` matches: ordinal (0-based, the layer's feature id) and feature. */
  hits: { ordinal: number; feature: Feature<Geometry | null> }[];
  /** Every match of the layer. */
  total: number;
}

/** Ranks: the name is the query, starts with it, has a word starting with it, or neither. */
const RANKS = 4;

/** The rank of dictionary value k of `f` for the folded query `q` (see RANKS). */
function rankOf(f: FoldedDictionary, k: number, q: string): number {
  const v = f.text.slice(f.starts[k]!, f.starts[k + 1]! - 1);
  return v === q ? 0 : v.startsWith(q) ? 1 : v.includes(` ${q}`) ? 2 : 3;
}

/**
 * One layer's search, fed chunk by chunk (`add`), so a caller may stop between chunks (the map
 * search does, to keep each main-thread task short: see bigSearchHitsSliced). `result()` after the
 * last chunk gives what searchBigLayer gives.
 */
export class BigLayerSearch {
  private readonly tokens: string[];
  private readonly q: string;
  private readonly best: { chunk: BinaryChunk; i: number }[][] = Array.from({ length: RANKS }, () => []);
  private total = 0;

  constructor(
    private readonly fields: readonly string[],
    query: string,
    private readonly limit: number,
    private readonly nameField?: string,
  ) {
    this.tokens = queryTokens(query);
    this.q = normalizeForSearch(query);
  }

  /** Searches one chunk; chunks are added in file order (`first` ascending). */
  add(chunk: BinaryChunk): void {
    if (this.tokens.length === 0) return;
    const local = chunkMatches(chunk, this.fields, this.tokens);
    this.total += local.length;
    const names = this.nameField === undefined ? undefined : chunk.columns[this.nameField];
    const folded = names?.kind === 'text' ? foldedOf(names.dictionary) : null;
    const ranks = new Map<number, number>(); // dictionary value → rank, for this query
    for (const i of local) {
      let rank = RANKS - 1;
      if (folded && names?.kind === 'text' && names.codes[i] !== 0) {
        const k = names.codes[i]! - 1;
        rank = ranks.get(k) ?? rankOf(folded, k, this.q);
        ranks.set(k, rank);
      }
      if (this.best[rank]!.length < this.limit) this.best[rank]!.push({ chunk, i });
    }
  }

  result(): BigSearchResult {
    const hits = this.best
      .flat()
      .slice(0, this.limit)
      .map(({ chunk, i }) => ({ ordinal: chunk.first + i, feature: featureAt(chunk, i) }));
    return { hits, total: this.total };
  }
}

const inFileOrder = (chunks: readonly BinaryChunk[]) => [...chunks].sort((a, b) => a.first - b.first);

/**
 * The features of a large layer's `chunks` matching `query` in the columns `fields` (text columns
 * by substring, number columns by a query word equal to the number): the best `limit` as GeoJSON
 * features (made only for those), and the count of all. Best: by the `nameField` column's value
 * (the layer's name column, as its table names rows): equal to the query, then starting with it,
 * then with a word starting with it, then the rest; in file order within each (a parcel typed in
 * full, "parcel_5432", came after 20 others holding those digits). A blank query finds nothing.
 * The folded dictionaries are cached per dictionary object (a chunk's, kept while the chunk is).
 */
export function searchBigLayer(
  chunks: readonly BinaryChunk[],
  fields: readonly string[],
  query: string,
  limit: number,
  nameField?: string,
): BigSearchResult {
  const search = new BigLayerSearch(fields, query, limit, nameField);
  for (const chunk of inFileOrder(chunks)) search.add(chunk);
  return search.result();
}

/** A large layer's columns: the summary's once the import is done, the chunks' meanwhile. */
export function bigLayerFields(layer: Pick<BigLayer, 'summary' | 'chunks'>): string[] {
  return layer.summary?.fields ?? Object.keys(layer.chunks[0]?.columns ?? {});
}

/** The large layers searched (not those read by the viewport), in id order. */
function searchedLayers(layers: Readonly<Record<string, BigLayer>>): [string, BigLayer][] {
  // A layer read by the viewport is left out: its chunks are one view's, and a search of them
  // would say "not found" for what lies outside it.
  return Object.keys(layers)
    .sort()
    .filter((id) => !layers[id]!.viewport)
    .map((id) => [id, layers[id]!]);
}

function toHits(id: string, found: BigSearchResult, into: SearchHit[]): void {
  for (const h of found.hits) {
    into.push({
      layerId: id,
      featureId: String(h.ordinal),
      feature: h.feature as LayerFeature,
      ordinal: h.ordinal + 1,
    });
  }
}

/** Gives the event loop a turn: `scheduler.yield()` where the browser has it, else a macrotask. */
const yieldToLoop = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((go) => setTimeout(go, 0));
};

/**
 * The map search's hits in the large layers (by id; a layer read by the viewport is left out),
 * each layer's best `limit` (as searchBigLayer ranks them), and the count of all. Searched in
 * slices of about `sliceMs` of work, giving the event loop a turn between them: the first search of
 * 1M parcels folds every chunk's dictionaries (≈ 0.6 s in Node), one task that held up typing and
 * the map. A chunk is the unit (one folds in ≈ 2 ms). Rejects with the signal's reason once
 * `signal` aborts (a newer query, or the layers changed), checked between chunks.
 */
export async function bigSearchHitsSliced(
  layers: Readonly<Record<string, BigLayer>>,
  query: string,
  limit: number,
  signal: AbortSignal,
  sliceMs = 8,
): Promise<{ hits: SearchHit[]; total: number }> {
  const hits: SearchHit[] = [];
  let total = 0;
  let since = performance.now();
  for (const [id, layer] of searchedLayers(layers)) {
    const fields = bigLayerFields(layer);
    const search = new BigLayerSearch(fields, query, limit, nameColumn(fields));
    for (const chunk of inFileOrder(layer.chunks)) {
      if (performance.now() - since >= sliceMs) {
        await yieldToLoop();
        since = performance.now();
      }
      signal.throwIfAborted();
      search.add(chunk);
    }
    const found = search.result();
    total += found.total;
    toHits(id, found, hits);
  }
  return { hits, total };
}
