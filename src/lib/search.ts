// The one text search of the app (attribute table, map-wide search, investors' explorer). Both the
// text and the query are folded the same way: Unicode NFD, combining marks removed (so tones and
// the circumflex/breve/horn of â ă ê ô ơ ư go), đ/Đ → d, lower case, and every run of characters
// that is neither a letter nor a digit becomes one space. "thu dau mot" then finds "Thủ Dầu Một",
// whether either side was typed precomposed (NFC) or decomposed (NFD, as macOS file names are).
//
// Matching is by tokens: every word of the query must occur somewhere in the text (as a substring,
// so "dau mo" and "vd4" match while typing). Rows are folded once (`buildSearchIndex`), the query
// once per keystroke; a match is then a few `includes` calls, fast enough for 100k rows.
import type { Feature } from 'geojson';

const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * `text` folded for search: no diacritics, đ → d, lower case, words separated by single spaces,
 * no leading or trailing space. '' for '' or text of punctuation only. Never throws.
 * Example: "Thành phố Thủ Dầu Một" → "thanh pho thu dau mot"; "ĐT741" → "dt741".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The folded words of a query; [] for an empty or punctuation-only query (which matches all). */
export function queryTokens(query: string): string[] {
  const folded = normalizeForSearch(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/** True when every token occurs in `haystack` (a folded text); true for no tokens. */
export function matchesTokens(haystack: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!haystack.includes(t)) return false;
  return true;
}

/** A value searched as text: strings and finite numbers; anything else contributes nothing. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * Folds several values into one haystack. They are joined with a separator a token can never
 * contain ('|' folds to nothing else), so a query word matches inside one value, never across two.
 */
export function searchText(values: readonly unknown[]): string {
  return values
    .map((v) => normalizeForSearch(textOf(v)))
    .filter((s) => s !== '')
    .join('|');
}

/** The properties a feature is searched by when no fields are given: names (vi, en), ids, codes. */
export const DEFAULT_SEARCH_FIELDS: readonly string[] = [
  'name_vi',
  'name_en',
  'name_2020',
  'id',
  'code',
  'district_code',
];

/** The folded haystack of `feature`: the `fields` of its properties (missing ones are skipped). */
export function featureSearchText(
  feature: Pick<Feature, 'properties'>,
  fields: readonly string[] = DEFAULT_SEARCH_FIELDS,
): string {
  const p = feature.properties ?? {};
  return searchText(fields.map((f) => p[f]));
}

/**
 * Whether `feature` matches `query` in any of `fields` (see DEFAULT_SEARCH_FIELDS): every query
 * word must occur in some field. An empty query matches every feature. Folds the feature on every
 * call: for many rows and a query per keystroke, use buildSearchIndex.
 */
export function matchFeature(
  feature: Pick<Feature, 'properties'>,
  query: string,
  fields: readonly string[] = DEFAULT_SEARCH_FIELDS,
): boolean {
  const tokens = queryTokens(query);
  return tokens.length === 0 || matchesTokens(featureSearchText(feature, fields), tokens);
}

/** Rows with their folded texts, built once per data load. */
export interface SearchIndex<T> {
  readonly items: readonly T[];
  /** haystacks[i] is the folded text of items[i]. */
  readonly haystacks: readonly string[];
}

/** Folds every item once; `toText` gives an item's searchable values (strings or numbers). */
export function buildSearchIndex<T>(
  items: readonly T[],
  toText: (item: T) => readonly unknown[],
): SearchIndex<T> {
  return { items, haystacks: items.map((item) => searchText(toText(item))) };
}

/** An index of features searched by `fields` of their properties. */
export function buildFeatureIndex<F extends Pick<Feature, 'properties'>>(
  features: readonly F[],
  fields: readonly string[] = DEFAULT_SEARCH_FIELDS,
): SearchIndex<F> {
  return { items: features, haystacks: features.map((f) => featureSearchText(f, fields)) };
}

/** Positions (ascending) of the items matching `query`; every position for an empty query. */
export function searchPositions<T>(index: SearchIndex<T>, query: string): number[] {
  const tokens = queryTokens(query);
  const out: number[] = [];
  for (let i = 0; i < index.haystacks.length; i++) {
    if (tokens.length === 0 || matchesTokens(index.haystacks[i]!, tokens)) out.push(i);
  }
  return out;
}

/** The items matching `query`, in index order; all items for an empty query. */
export function searchIndex<T>(index: SearchIndex<T>, query: string): T[] {
  return searchPositions(index, query).map((i) => index.items[i]!);
}
