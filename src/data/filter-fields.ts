// The filterable properties of the built layers: what a link may ask for (src/state/filter-url.ts
// checks values against it) and what the filter UI offers. Layers not listed here (an imported
// layer, a later dataset) are open: any well-formed field and value is accepted for them.
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, PARK_STATUSES, PLACE_KINDS } from './schema';

export interface CategoricalFieldSpec {
  kind: 'values';
  /** The known values; UNKNOWN_VALUE ('unknown') is always allowed as well. */
  values: readonly string[];
}

export interface RangeFieldSpec {
  kind: 'range';
  /** Bounds a link's range must lie within (inclusive). */
  min: number;
  max: number;
}

export type FieldSpec = CategoricalFieldSpec | RangeFieldSpec;

/** Layer id → property → spec. */
export type FilterSchema = Readonly<Record<string, Readonly<Record<string, FieldSpec>>>>;

/** GSO codes of the nine district-level units (2020 – mid-2025). */
export const DISTRICT_CODES = ['718', '719', '720', '721', '722', '723', '724', '725', '726'] as const;

const YEARS: RangeFieldSpec = { kind: 'range', min: 1900, max: 2100 };

export const FILTER_SCHEMA: FilterSchema = {
  districts: {
    code: { kind: 'values', values: DISTRICT_CODES },
    unit_type: { kind: 'values', values: ['city', 'district'] },
    area_km2_official: { kind: 'range', min: 0, max: 10_000 },
    population: { kind: 'range', min: 0, max: 100_000_000 },
  },
  parks: {
    status: { kind: 'values', values: PARK_STATUSES },
    district_code: { kind: 'values', values: DISTRICT_CODES },
    established_year: YEARS,
    area_ha: { kind: 'range', min: 0, max: 1_000_000 },
  },
  corridors: {
    kind: { kind: 'values', values: CORRIDOR_KINDS },
    status: { kind: 'values', values: CORRIDOR_STATUSES },
    length_km_reported: { kind: 'range', min: 0, max: 100_000 },
    length_km_computed: { kind: 'range', min: 0, max: 100_000 },
  },
  places: {
    kind: { kind: 'values', values: PLACE_KINDS },
  },
};
