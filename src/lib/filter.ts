// Attribute filters of one layer: per property either a set of allowed values (categorical: status,
// district code, kind) or a numeric range (establishment year, area), plus the text query of
// search.ts. Pure: the store (src/state/filters.ts) holds one LayerFilter per layer id and the URL
// codec (src/state/filter-url.ts) reads and writes them.
//
// Missing values are never silently treated as 0 or as a match: a null/''/absent categorical value
// is the explicit value UNKNOWN_VALUE ('unknown'), which a set may allow; a range never contains an
// unknown value, and filterSummary counts the rows a range hid for that reason so the notice can say so.
import type { Feature } from 'geojson';
import { buildFeatureIndex, matchesTokens, queryTokens, type SearchIndex } from './search';

/** The categorical value of a missing property (null, undefined, '' or a non-finite number). */
export const UNKNOWN_VALUE = 'unknown';

/** The rows whose property is one of `values` (UNKNOWN_VALUE: the property is missing). */
export interface ValuesFilter {
  kind: 'values';
  /** Allowed values as strings (numbers as String(n)); [] lets no row through. */
  values: string[];
}

/** The rows whose property is a finite number within [min, max]; null = open on that side. */
export interface RangeFilter {
  kind: 'range';
  min: number | null;
  max: number | null;
}

export type FieldFilter = ValuesFilter | RangeFilter;

export interface LayerFilter {
  /** Property name → its filter; a property not listed is not filtered. */
  fields: Record<string, FieldFilter>;
  /** Text query (search.ts rules); '' = none. */
  query: string;
}

export const EMPTY_FILTER: LayerFilter = Object.freeze({
  fields: Object.freeze({}),
  query: '',
}) as LayerFilter;

/** True when `filter` lets every row through (no field filters, blank query). */
export function isEmptyFilter(filter: LayerFilter): boolean {
  return Object.keys(filter.fields).length === 0 && queryTokens(filter.query).length === 0;
}

/** A property value as the string a ValuesFilter compares: UNKNOWN_VALUE when missing. */
export function categoryOf(value: unknown): string {
  if (value === null || value === undefined) return UNKNOWN_VALUE;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : UNKNOWN_VALUE;
  const s = String(value);
  return s.trim() === '' ? UNKNOWN_VALUE : s;
}

/** A property value as a number for a RangeFilter; null when missing or not a finite number. */
export function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Whether one property value passes one field filter. */
export function passesField(value: unknown, filter: FieldFilter): boolean {
  if (filter.kind === 'values') return filter.values.includes(categoryOf(value));
  const n = numberOf(value);
  if (n === null) return false;
  return (filter.min === null || n >= filter.min) && (filter.max === null || n <= filter.max);
}

export interface ApplyOptions<F> {
  /** A search index over the same `features` (same order), so the query does not refold rows. */
  index?: SearchIndex<F>;
  /** Properties the query searches (search.ts DEFAULT_SEARCH_FIELDS when not given). */
  searchFields?: readonly string[];
}

/** Positions of the features passing `filter` (ascending). */
export function filterPositions<F extends Pick<Feature, 'properties'>>(
  features: readonly F[],
  filter: LayerFilter,
  options: ApplyOptions<F> = {},
): number[] {
  const entries = Object.entries(filter.fields);
  const tokens = queryTokens(filter.query);
  const haystacks =
    tokens.length === 0
      ? null
      : (options.index ?? buildFeatureIndex(features, options.searchFields)).haystacks;
  const out: number[] = [];
  for (let i = 0; i < features.length; i++) {
    const p = features[i]!.properties ?? {};
    if (!entries.every(([field, f]) => passesField(p[field], f))) continue;
    if (haystacks && !matchesTokens(haystacks[i] ?? '', tokens)) continue;
    out.push(i);
  }
  return out;
}

/**
 * The features passing every field filter and the text query of `filter`, in their order. Returns
 * the same array when the filter is empty. Never throws on odd property values (they count as
 * unknown).
 */
export function applyFilters<F extends Pick<Feature, 'properties'>>(
  features: readonly F[],
  filter: LayerFilter,
  options: ApplyOptions<F> = {},
): readonly F[] {
  if (isEmptyFilter(filter)) return features;
  return filterPositions(features, filter, options).map((i) => features[i]!);
}

export interface FilterSummary {
  shown: number;
  total: number;
  /** Per range-filtered field: rows whose value is unknown (so no range shows them). */
  unknownHidden: Record<string, number>;
}

/** Counts for the legend/notice: rows shown, in total, and hidden by a range for want of a value. */
export function filterSummary<F extends Pick<Feature, 'properties'>>(
  features: readonly F[],
  filter: LayerFilter,
  options: ApplyOptions<F> = {},
): FilterSummary {
  const unknownHidden: Record<string, number> = {};
  for (const [field, f] of Object.entries(filter.fields)) {
    if (f.kind !== 'range') continue;
    unknownHidden[field] = features.filter((x) => numberOf(x.properties?.[field]) === null).length;
  }
  return { shown: filterPositions(features, filter, options).length, total: features.length, unknownHidden };
}
