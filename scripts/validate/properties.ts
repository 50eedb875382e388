// Property checks: every property the schema declares is present with the right type, enum values
// are in their vocabulary, and ids are unique within a layer.

import type { Feature } from 'geojson';
import {
  CORRIDOR_KINDS,
  CORRIDOR_STATUSES,
  type ContextProperties,
  type CorridorProperties,
  type CuratedLayerId,
  type DistrictProperties,
  GEOMETRY_QUALITIES,
  type LayerPropertiesMap,
  LOCATION_CONFIDENCES,
  NUMBER_QUALIFIERS,
  PARK_STATUSES,
  type ParkProperties,
  PLACE_KINDS,
  type PlaceProperties,
} from '../../src/data/schema.ts';
import { type Issue, issue } from './types.ts';

/**
 * 'text' = non-empty string; 'string' = may be ''; 'number?' = number or null; an array = one of
 * these strings; { nullable } = one of these strings or null.
 */
export type PropSpec =
  | 'text'
  | 'string'
  | 'number'
  | 'number?'
  | readonly string[]
  | { readonly nullable: readonly string[] };

const QUALIFIER = NUMBER_QUALIFIERS;
const QUALIFIER_OR_NULL = { nullable: NUMBER_QUALIFIERS } as const;

/**
 * Each qualified number with its qualifier property: the qualifier is null exactly when the number
 * is (an unknown number has no qualifier; a known one never travels without it).
 */
export const QUALIFIED_NUMBERS: { [K in CuratedLayerId]?: [value: string, qualifier: string][] } = {
  districts: [
    ['area_km2_official', 'area_official_qualifier'],
    ['population', 'population_qualifier'],
  ],
  parks: [
    ['area_ha', 'area_qualifier'],
    ['workers_planned', 'workers_planned_qualifier'],
  ],
  corridors: [['length_km_reported', 'length_reported_qualifier']],
};

type Spec<T> = { [K in keyof Required<T>]: PropSpec };

const SOURCED = {
  id: 'text',
  name_vi: 'text',
  name_en: 'text',
  geometry_quality: GEOMETRY_QUALITIES,
  sources: 'string',
  notes: 'string',
  correction: 'string',
} as const;

export const PROPERTY_SPECS: { [K in CuratedLayerId]: Spec<LayerPropertiesMap[K]> } = {
  districts: {
    id: 'text',
    code: 'text',
    name_vi: 'text',
    name_en: 'text',
    name_2020: 'text',
    unit_type: ['city', 'district'],
    area_km2_official: 'number',
    area_official_qualifier: QUALIFIER,
    area_official_note: 'string',
    area_official_note_vi: 'string',
    area_official_source: 'text',
    area_km2_computed: 'number',
    area_diff_pct: 'number',
    population: 'number?',
    population_qualifier: QUALIFIER_OR_NULL,
    population_year: 'string',
    population_basis: 'string',
    population_basis_vi: 'string',
    population_source: 'string',
    geometry_quality: ['official'],
    sources: 'text',
    licence: 'text',
    correction: 'string',
    correction_vi: 'string',
  } satisfies Spec<DistrictProperties>,
  context: {
    id: 'text',
    level: ['province', 'district'],
    code: 'text',
    name_vi: 'text',
    province_code: 'text',
    area_km2_official: 'number?',
    area_official_qualifier: QUALIFIER_OR_NULL,
    area_official_source: 'string',
  } satisfies Spec<ContextProperties>,
  parks: {
    ...SOURCED,
    sources: 'text',
    district_code: 'text',
    area_ha: 'number?',
    area_qualifier: QUALIFIER_OR_NULL,
    established_year: 'number?',
    developer: 'string',
    status: PARK_STATUSES,
    location_confidence: LOCATION_CONFIDENCES,
    totals_exclusion_reason: 'string',
    occupancy_pct: 'number?',
    occupancy_year: 'string',
    occupancy_source: 'string',
    workers_planned: 'number?',
    workers_planned_qualifier: QUALIFIER_OR_NULL,
    workers_source: 'string',
    totals_exclusion_reason_vi: 'string',
    notes_vi: 'string',
  } satisfies Spec<ParkProperties>,
  corridors: {
    ...SOURCED,
    kind: CORRIDOR_KINDS,
    status: CORRIDOR_STATUSES,
    length_km_reported: 'number?',
    length_reported_qualifier: QUALIFIER_OR_NULL,
    length_reported_scope: 'text',
    length_reported_scope_vi: 'text',
    notes_vi: 'string',
    length_km_computed: 'number',
  } satisfies Spec<CorridorProperties>,
  places: {
    ...SOURCED,
    sources: 'text',
    kind: PLACE_KINDS,
    location_confidence: LOCATION_CONFIDENCES,
    notes_vi: 'string',
  } satisfies Spec<PlaceProperties>,
};

function checkValue(spec: PropSpec, value: unknown): string | null {
  if (value === undefined) return 'is missing';
  if (typeof spec === 'object' && 'nullable' in spec) {
    return value === null || (typeof value === 'string' && spec.nullable.includes(value))
      ? null
      : `is ${JSON.stringify(value)}, not null or one of ${spec.nullable.join(', ')}`;
  }
  if (Array.isArray(spec)) {
    return typeof value === 'string' && spec.includes(value)
      ? null
      : `is ${JSON.stringify(value)}, not one of ${spec.join(', ')}`;
  }
  switch (spec) {
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
        ? null
        : `is ${JSON.stringify(value)}, not a non-empty string`;
    case 'string':
      return typeof value === 'string' ? null : `is ${JSON.stringify(value)}, not a string`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `is ${JSON.stringify(value)}, not a finite number`;
    case 'number?':
      return value === null || (typeof value === 'number' && Number.isFinite(value))
        ? null
        : `is ${JSON.stringify(value)}, not a finite number or null`;
  }
  return null;
}

/** Required properties with their types, extra properties (not in the schema), duplicate ids. */
export function validateProperties(layer: CuratedLayerId, features: Feature[]): Issue[] {
  const spec = PROPERTY_SPECS[layer] as Record<string, PropSpec>;
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const id = typeof props.id === 'string' && props.id !== '' ? props.id : `#${i}`;
    for (const [name, s] of Object.entries(spec)) {
      const problem = checkValue(s, props[name]);
      if (problem) issues.push(issue('properties.required', layer, id, `property ${name} ${problem}`));
    }
    for (const [valueName, qualifierName] of QUALIFIED_NUMBERS[layer] ?? []) {
      const hasValue = props[valueName] !== null && props[valueName] !== undefined;
      const hasQualifier = props[qualifierName] !== null && props[qualifierName] !== undefined;
      if (hasValue !== hasQualifier)
        issues.push(
          issue(
            'properties.qualifier',
            layer,
            id,
            hasValue
              ? `${valueName} is given without its ${qualifierName}`
              : `${qualifierName} is set but ${valueName} is unknown`,
          ),
        );
    }
    for (const name of Object.keys(props)) {
      if (!(name in spec))
        issues.push(issue('properties.extra', layer, id, `property ${name} is not in the schema`));
    }
    seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  for (const [id, n] of seen) {
    if (n > 1)
      issues.push(issue('properties.duplicate_id', layer, id, `id "${id}" is used by ${n} features`));
  }
  return issues;
}
