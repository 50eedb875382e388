// The map-wide search (issue 8 §4): every feature of every loaded layer, found by name (vi or en)
// or code with the app's one text search (src/lib/search.ts: case, diacritics and đ/Đ ignored,
// NFC or NFD alike), and the key handling of its combobox. Pure: the component is MapSearch.tsx.
//
// It searches every feature, filtered or not: a search finds what exists (the filters only decide
// what the map draws), so a planner can always reach a park by its name. An imported layer is
// searched in its file's own columns (`ten`, `Ten_DT`…: the curated names it does not have), as its
// attribute table is; a large layer's chunks through their dictionaries (big-search.ts).
import type { LayerFeature } from '../../data/load-layer';
import type { LayerFilter } from '../../lib/filter';
import {
  buildFeatureIndex,
  DEFAULT_SEARCH_FIELDS,
  normalizeForSearch,
  queryTokens,
  type SearchIndex,
  searchPositions,
  searchText,
} from '../../lib/search';
import { filteredOf } from '../../state/shown-features';
import { nameColumn } from '../table/user-columns';

/** The order layers' results are listed in: the places people name first. */
export const SEARCH_LAYER_ORDER: readonly string[] = ['districts', 'parks', 'places', 'corridors', 'context'];

export interface SearchHit {
  layerId: string;
  featureId: string;
  feature: LayerFeature;
  /** The feature's number in its layer (1-based) when known without a search (a large layer's). */
  ordinal?: number;
}

const indexes = new WeakMap<readonly LayerFeature[], SearchIndex<LayerFeature>>();

/** The search index of one layer's features in `fields`, built once per loaded array. */
function indexOf(features: readonly LayerFeature[], fields: readonly string[]): SearchIndex<LayerFeature> {
  let index = indexes.get(features);
  if (!index) {
    index = buildFeatureIndex(features, fields);
    indexes.set(features, index);
  }
  return index;
}

/** Whether `phrase` (folded) occurs in `haystack` (searchText's) as whole words. */
function wholeWords(haystack: string, phrase: string): boolean {
  for (let at = haystack.indexOf(phrase); at >= 0; at = haystack.indexOf(phrase, at + 1)) {
    const before = at === 0 ? ' ' : haystack[at - 1];
    const after = haystack[at + phrase.length] ?? ' ';
    if ((before === ' ' || before === '|') && (after === ' ' || after === '|')) return true;
  }
  return false;
}

/**
 * Better hits first: 0 when a name starts with the query, 1 when a word of it does; then, by what
 * the feature's searched text (`haystack`) holds, 2 the query's words together, whole ("quan 9" in
 * `Quan` "Quận 9"), 3 each word whole somewhere, 4 the rest (words found inside longer ones: "9" in
 * "19", "thu" in "nghệ thuật": the relics of Quận 9 came 19th of 114 for "quận 9"). An imported
 * layer's name is its `nameColumn` (the one its table names rows by): ranking by every column
 * normalised every value of every hit at each key press.
 */
function rank(
  feature: LayerFeature,
  folded: string,
  tokens: readonly string[],
  haystack: string,
  nameField: string | undefined,
): number {
  const p = feature.properties ?? {};
  const names = [p.name_vi, p.name_en, p.code, p.id, nameField === undefined ? undefined : p[nameField]]
    .filter((v): v is string => typeof v === 'string')
    .map(normalizeForSearch);
  if (names.some((n) => n.startsWith(folded))) return 0;
  if (names.some((n) => n.includes(` ${folded}`))) return 1;
  if (wholeWords(haystack, folded)) return 2;
  if (tokens.every((t) => wholeWords(haystack, t))) return 3;
  return 4;
}

/**
 * The features of `layers` (layer id → its features) matching `query`, best first: names starting
 * with the query, then names with a word starting with it, then features holding the query's words
 * together and whole, then each word whole, then the rest (words inside longer words); ties by layer
 * (SEARCH_LAYER_ORDER, then other layers by id) and file order. [] for a blank query. Features
 * without an `id` property are left out (nothing could select them). `ownFields`: the properties
 * searched in a layer (an imported layer's columns) instead of DEFAULT_SEARCH_FIELDS; a layer's
 * fields must not change while its features array is the same (the index is kept per array).
 */
export function searchFeatures(
  layers: Readonly<Record<string, readonly LayerFeature[]>>,
  query: string,
  ownFields: Readonly<Record<string, readonly string[]>> = {},
): SearchHit[] {
  if (queryTokens(query).length === 0) return [];
  const folded = normalizeForSearch(query);
  const tokens = queryTokens(query);
  const order = [
    ...SEARCH_LAYER_ORDER.filter((id) => id in layers),
    ...Object.keys(layers)
      .filter((id) => !SEARCH_LAYER_ORDER.includes(id))
      .sort(),
  ];
  const hits: (SearchHit & { rank: number; seq: number })[] = [];
  for (const layerId of order) {
    const features = layers[layerId]!;
    const own = ownFields[layerId];
    const nameField = own ? nameColumn(own) : undefined;
    const index = indexOf(features, own ?? DEFAULT_SEARCH_FIELDS);
    for (const i of searchPositions(index, query)) {
      const feature = features[i]!;
      const id = feature.properties?.id;
      if (id === undefined || id === null || id === '') continue;
      hits.push({
        layerId,
        featureId: String(id),
        feature,
        rank: rank(feature, folded, tokens, index.haystacks[i]!, nameField),
        seq: hits.length,
      });
    }
  }
  hits.sort((a, b) => a.rank - b.rank || a.seq - b.seq);
  return hits.map(({ layerId, featureId, feature }) => ({ layerId, featureId, feature }));
}

/**
 * True when `hit`'s layer has a `filter` that leaves its feature out of `features` (the layer's):
 * the map does not draw it. Such a result is still offered (a search finds what exists) and says so.
 */
export function hiddenByFilter(
  hit: SearchHit,
  features: readonly LayerFeature[] | undefined,
  filter: LayerFilter | undefined,
): boolean {
  return !!filter && !!features && !filteredOf(features, filter).includes(hit.feature);
}

/** What a key press in the combobox does, given the active option (-1: none) and the option count. */
export type ComboAction =
  | { type: 'move'; active: number }
  | { type: 'choose'; index: number }
  | { type: 'close' }
  | { type: 'none' };

/**
 * The WAI-ARIA combobox keys: ArrowDown/ArrowUp move through the options (wrapping; ArrowDown from
 * none goes to the first, ArrowUp to the last), Home/End are left to the text field, Enter chooses
 * the active option (or the first when none is active), Escape closes the list. 'none' otherwise
 * (the key is the text field's).
 */
export function comboKey(key: string, active: number, count: number, open: boolean): ComboAction {
  if (key === 'Escape') return open ? { type: 'close' } : { type: 'none' };
  if (count === 0) return { type: 'none' };
  if (key === 'ArrowDown') return { type: 'move', active: !open || active < 0 ? 0 : (active + 1) % count };
  if (key === 'ArrowUp') return { type: 'move', active: active <= 0 ? count - 1 : active - 1 };
  if (key === 'Enter' && open) return { type: 'choose', index: Math.max(0, active) };
  return { type: 'none' };
}

/** A value as a result's detail: text up to DETAIL_MAX characters (cut at a word's end), a number
 * as it is (written in the page's language by the list); '' for none. */
const DETAIL_MAX = 40;
function detailValue(v: unknown): string | number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return '';
  const s = v.replace(/\s+/g, ' ').trim();
  if (s.length <= DETAIL_MAX) return s;
  // Cut at a word's end when one is not too far back ("54 đườn…" read as a misspelling).
  const cut = s.slice(0, DETAIL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DETAIL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}

/**
 * `v` as a detail showing where `token` (a folded word) is: from two words before the first word
 * holding it, with "…" before, when the start of the text would leave it out of DETAIL_MAX characters
 * ("…54 đường Nguyễn Thái Bình" for "nguyen thai"); as detailValue otherwise.
 */
function detailAround(v: unknown, token: string): string | number {
  const whole = detailValue(v);
  if (typeof v !== 'string' || typeof whole !== 'string') return whole;
  const s = v.replace(/\s+/g, ' ').trim();
  const words = s.split(' ');
  const at = words.findIndex((w) => normalizeForSearch(w).includes(token));
  if (at < 0 || normalizeForSearch(whole).includes(token)) return whole;
  return `…${detailValue(words.slice(Math.max(0, at - 2)).join(' '))}`;
}

/** What tells one of several same-named results apart: a column's values, or the feature's number. */
export type HitDetail = { column: string; value: string | number } | { ordinal: number };

/**
 * Where each result of an imported layer was found when its name does not hold the query: for each
 * word of `query` that its name as listed (`nameOf`) lacks, the first of its layer's columns
 * (`ownFields`) holding it, with its value ("Quan: Quận 9" for relics found by "quận 9": their names
 * say nothing of it, and the list read as if they matched by chance): one column holding all those
 * words when there is one, else a column per word, each named once; [] for a curated layer (searched by its names and codes only), a blank query, or a result
 * found by its name. One list per hit, in order.
 */
export function matchDetails(
  hits: readonly SearchHit[],
  query: string,
  ownFields: Readonly<Record<string, readonly string[]>>,
  nameOf: (hit: SearchHit) => string,
): HitDetail[][] {
  const tokens = queryTokens(query);
  return hits.map((hit) => {
    const fields = ownFields[hit.layerId];
    if (!fields || tokens.length === 0) return [];
    const p = hit.feature.properties ?? {};
    const folded = (column: string) => searchText([p[column]]);
    const named = normalizeForSearch(nameOf(hit));
    const missing = tokens.filter((t) => !named.includes(t));
    if (missing.length === 0) return [];
    // One column holding every word the name lacks, when there is one ("Quận Thủ Đức").
    const whole = fields.find((k) => missing.every((t) => folded(k).includes(t)));
    if (whole !== undefined) return [{ column: whole, value: detailAround(p[whole], missing[0]!) }];
    const out: HitDetail[] = [];
    const columns: string[] = [];
    for (const token of missing) {
      if (columns.some((c) => folded(c).includes(token))) continue;
      const column = fields.find((k) => folded(k).includes(token));
      if (column === undefined) continue;
      columns.push(column);
      out.push({ column, value: detailAround(p[column], token) });
    }
    return out;
  });
}

/**
 * Words of a column name that say it holds a place (Vietnamese without marks, or English), from
 * the widest: a district tells most readers where a relic is, a street name least. An address is
 * matched by the whole name only: "đường" in `LoaiDuong` or `CapDuong` (Cau's road type and class)
 * is not a street.
 */
const PLACE_WORDS: readonly (readonly string[])[] = [
  ['quan', 'huyen', 'district', 'tinh', 'province', 'city', 'thanhpho'],
  ['phuong', 'xa', 'ward', 'commune'],
];
const ADDRESS_NAMES: readonly string[] = ['diachi', 'address', 'sonha', 'duong', 'tenduong', 'street'];

/**
 * 0–1: a district or ward column (PLACE_WORDS: `Quan`, `Phuong`), 2: an address (`Dia_chi`,
 * `Ten_Duong`), 3: other text of words, 4: text of digits (a code: `ma_hc` "776"), 5: numbers
 * (often a row number, as HCMGIS's `Stt`).
 */
function columnTier(column: string, values: readonly unknown[]): number {
  const words = column
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  const joined = column.toLowerCase().replace(/[^a-z]/g, '');
  // "quản lý" (managed by: Cau's `CapQuanLy`, `DV_QuanLy`) is not a district.
  const place = joined.includes('quanly')
    ? -1
    : PLACE_WORDS.findIndex((set) => set.includes(joined) || words.some((w) => set.includes(w)));
  if (place >= 0) return place;
  if (ADDRESS_NAMES.includes(joined)) return 2;
  if (!values.every((v) => typeof v === 'string')) return 5;
  // Words before codes: HCMGIS's `doi_tuong` ("Chùa", "Miếu") says more than `ma_hc` ("776").
  return values.every((v) => /^[\d\s.,/-]*$/.test(v as string)) ? 4 : 3;
}

/**
 * For results listed with the same text (`labelOf`: name and layer), what tells them apart: up to
 * two of their layer's `fields` (an imported layer's columns; the curated layers have none here),
 * the name column and `id` left out, chosen greedily by how many of the group they separate — a
 * place column first, the widest first (HCMGIS's relics: `Quan` "Quận 9" / "Quận 8", not their
 * `Stt` row number nor their street), then other words, then codes, then numbers; ties in field
 * order. Results those still leave alike get their
 * feature's number in the layer (1-based, its position in `layers[layerId]`). HCMGIS's religious
 * sites list "Miếu Ngũ Hành" thirteen times, apart only by `ma_hc` (the district's code) and not
 * always by that. Unique results get nothing. Returns one list per hit, in order.
 */
export function distinguishHits(
  hits: readonly SearchHit[],
  labelOf: (hit: SearchHit) => string,
  layers: Readonly<Record<string, readonly LayerFeature[]>>,
  ownFields: Readonly<Record<string, readonly string[]>> = {},
): HitDetail[][] {
  const out: HitDetail[][] = hits.map(() => []);
  const groups = new Map<string, number[]>();
  hits.forEach((hit, i) => {
    const key = `${hit.layerId}\u0000${labelOf(hit)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const layerId = hits[members[0]!]!.layerId;
    const fields = ownFields[layerId] ?? [];
    const name = nameColumn(fields);
    const raw = (i: number, column: string) => hits[i]!.feature.properties?.[column];
    const value = (i: number, column: string) => detailValue(raw(i, column));
    const key = (i: number) => out[i]!.map((d) => ('column' in d ? d.value : '')).join('\u0000');
    const distinct = (extra?: string) =>
      new Set(members.map((i) => key(i) + (extra === undefined ? '' : `\u0000${value(i, extra)}`))).size;
    // A column empty for one of them would tell nothing about it.
    const candidates = fields.filter(
      (k) => k !== name && k.toLowerCase() !== 'id' && members.every((i) => value(i, k) !== ''),
    );
    const tiers = [0, 1, 2, 3, 4, 5].map((t) =>
      candidates.filter(
        (k) =>
          columnTier(
            k,
            members.map((i) => raw(i, k)),
          ) === t,
      ),
    );
    for (let round = 0; round < 2 && distinct() < members.length; round++) {
      let best: string | undefined;
      for (const tier of tiers) {
        let bestCount = distinct();
        for (const column of tier) {
          const count = distinct(column);
          if (count > bestCount) [best, bestCount] = [column, count];
        }
        if (best !== undefined) break;
      }
      if (best === undefined) break;
      for (const i of members) out[i]!.push({ column: best, value: value(i, best!) });
    }
    const seen = new Map<string, number>();
    for (const i of members) seen.set(key(i), (seen.get(key(i)) ?? 0) + 1);
    for (const i of members) {
      if (seen.get(key(i))! < 2) continue;
      const ordinal = hits[i]!.ordinal ?? (layers[layerId] ?? []).indexOf(hits[i]!.feature) + 1;
      if (ordinal > 0) out[i]!.push({ ordinal });
    }
  }
  return out;
}
