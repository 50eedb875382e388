// The investors' park explorer, pure: which parks pass (the parks layer's one filter from
// src/state/filters.ts — status, district, area range, developer, text query — plus the explorer's
// own maximum straight-line distance per kind), and the order of the cards.
//
// A park whose distance of a filtered kind is unknown (no such feature, or its layer failed) does
// not pass that distance filter: unknown is never taken as "near", as a range never contains an
// unknown value (src/lib/filter.ts).
import type { Feature } from 'geojson';
import type { ExplorerDistanceKind, ParkDistancesRow } from '../analysis/park-distances';
import { categoryOf, filterPositions, type LayerFilter } from './filter';
import { normalizeForSearch } from './search';

/** Maximum straight-line distance per kind, km (> 0); a kind left out is not filtered. */
export type MaxDistances = Partial<Record<ExplorerDistanceKind, number>>;

/** The fields the explorer searches by: names, id, developer. */
export const EXPLORER_SEARCH_FIELDS: readonly string[] = ['name_vi', 'name_en', 'id', 'developer'];

const idOf = (f: Pick<Feature, 'properties'>): string => String(f.properties?.id ?? '');

/**
 * Ids of the parks of `features` passing `filter` and every maximum distance of `maxKm`, in layer
 * order. `distances` by park id; with no entry for a park, each filtered distance is unknown.
 */
export function passingParkIds(
  features: readonly Pick<Feature, 'properties'>[],
  filter: LayerFilter,
  distances: ReadonlyMap<string, ParkDistancesRow>,
  maxKm: MaxDistances,
): string[] {
  const limits = Object.entries(maxKm).filter(([, km]) => typeof km === 'number') as [
    ExplorerDistanceKind,
    number,
  ][];
  return filterPositions(features, filter, { searchFields: EXPLORER_SEARCH_FIELDS })
    .map((i) => idOf(features[i]!))
    .filter((id) => {
      if (limits.length === 0) return true;
      const row = distances.get(id);
      return limits.every(([kind, km]) => {
        const d = row?.distances[kind];
        return d != null && d.km <= km;
      });
    });
}

export const SORT_FIELDS = [
  'name',
  'district',
  'status',
  'area',
  'developer',
  'year',
  'quality',
  'confidence',
  'occupancy',
  'score',
  'expressway',
  'national_road',
  'ring_road',
  'railway',
  'port',
  'airport',
  'icd',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';

/** What a card is sorted by: a number, a text, or null (unknown: always last, either direction). */
export type SortValue = number | string | null;

const STATUS_ORDER: Record<string, number> = {
  existing: 0,
  expanding: 1,
  under_construction: 2,
  planned: 3,
};

/** The sort value of a park's status: existing first; unknown status null. */
export const statusOrder = (status: unknown): number | null => STATUS_ORDER[categoryOf(status)] ?? null;

/**
 * `items` sorted by `value` in `dir`; unknown (null) values last in both directions; ties keep
 * the input order. Text compares folded (no diacritics, case) so "Đồng An" sorts under D.
 */
export function sortBy<T>(items: readonly T[], value: (item: T) => SortValue, dir: SortDirection): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = items.map((item, i) => {
    const v = value(item);
    return { item, i, v: typeof v === 'string' ? normalizeForSearch(v) : v };
  });
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.i - b.i;
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : String(a.v) < String(b.v)
          ? -1
          : String(a.v) > String(b.v)
            ? 1
            : 0;
    return sign * c || a.i - b.i;
  });
  return keyed.map((k) => k.item);
}
