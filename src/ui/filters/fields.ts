// What the filter controls offer per layer (issue 8 §3): the fields, the values each categorical field
// takes in the loaded data (in the schema's order, with their counts) and how each value is named.
// The layer panel and the attribute table's column filters both read this, so the two offer the same
// choices and write the same filter store.

import { FILTER_SCHEMA, type FieldSpec } from '../../data/filter-fields';
import type { LayerFeature } from '../../data/load-layer';
import type { Formatters, MessageKey } from '../../i18n';
import { sortTexts } from '../../i18n/collate';
import { categoryOf, UNKNOWN_VALUE } from '../../lib/filter';

/** The fields the layer panel's "Filter" section offers, per layer, in reading order. */
export const PANEL_FILTER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  parks: ['status', 'district_code', 'established_year'],
  corridors: ['kind', 'status'],
  places: ['kind'],
};

/** Fields whose "unknown" is offered even when every loaded feature has a value (a status). */
const ALWAYS_UNKNOWN = new Set(['status']);

/** A field's spec in the schema; a range for numbers, values otherwise; null when not filterable. */
export function fieldSpec(layer: string, field: string): FieldSpec | null {
  return FILTER_SCHEMA[layer]?.[field] ?? null;
}

/** The filter field behind a table column (`district` shows `district_code`); null: not filterable. */
export function columnFilterField(layer: string, columnId: string): string | null {
  const field = columnId === 'district' ? 'district_code' : columnId;
  return fieldSpec(layer, field) ? field : null;
}

export interface ValueOption {
  /** The value as the filter compares it (categoryOf: UNKNOWN_VALUE for a missing one). */
  value: string;
  /** How many features of the layer have it. */
  count: number;
}

/**
 * The values `field` takes in `features`, with counts: the schema's known values first, in its order,
 * then any other value the data has (sorted), then "unknown" (when some feature lacks the value, or
 * always for a status). Values of the schema absent from the data are not offered.
 */
export function valueOptions(layer: string, field: string, features: readonly LayerFeature[]): ValueOption[] {
  const counts = new Map<string, number>();
  for (const x of features) {
    const v = categoryOf(x.properties?.[field]);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return optionsOfCounts(layer, field, counts);
}

/** valueOptions from counts per value already made (a large layer's, from its columns). */
export function optionsOfCounts(
  layer: string,
  field: string,
  counts: ReadonlyMap<string, number>,
): ValueOption[] {
  const spec = fieldSpec(layer, field);
  const known = spec?.kind === 'values' ? spec.values : [];
  const others = sortTexts([...counts.keys()].filter((v) => v !== UNKNOWN_VALUE && !known.includes(v)));
  const order = [...known.filter((v) => counts.has(v)), ...others];
  if (counts.has(UNKNOWN_VALUE) || ALWAYS_UNKNOWN.has(field)) order.push(UNKNOWN_VALUE);
  return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/** The locale key naming a coded value of `layer`'s `field`, when the tables have one. */
function valueKey(layer: string, field: string, value: string): MessageKey | null {
  if (value === UNKNOWN_VALUE) return 'filter.value.unknown';
  if (field === 'status')
    return `${layer === 'corridors' ? 'corridorStatus' : 'status'}.${value}` as MessageKey;
  if (field === 'kind') return `${layer === 'places' ? 'place' : 'kind'}.${value}` as MessageKey;
  if (field === 'unit_type') return `unit.${value}` as MessageKey;
  return null;
}

/**
 * A value's name for the reader: the locale's word for a status or kind, a district's name for its
 * code (`districtName`), else the value as it is.
 */
export function valueLabel(
  f: Formatters,
  layer: string,
  field: string,
  value: string,
  districtName: (code: string) => string | null = () => null,
): string {
  const key = valueKey(layer, field, value);
  if (key) {
    const words = f.t(key);
    // A value the tables do not know (another dataset's status) comes back as its key: show the value.
    return words === key || words === undefined ? value : words;
  }
  if (field === 'district_code' || field === 'code') return districtName(value) ?? value;
  return value;
}

/** A field's name for the reader: the `filter.field.<field>` key, else the field itself. */
export function fieldLabel(f: Formatters, field: string): string {
  const key = `filter.field.${field}` as MessageKey;
  const words = f.t(key);
  return words === key || words === undefined ? field : words;
}

/**
 * The value set after the user toggles `value` (checked: allowed). `current` is the field's allowed
 * values (null: not filtered, every option allowed). Returns null when every option is allowed again
 * (the field's filter is then removed), else the allowed values in the options' order.
 */
export function toggledValues(
  options: readonly ValueOption[],
  current: readonly string[] | null,
  value: string,
  checked: boolean,
): string[] | null {
  const all = options.map((o) => o.value);
  const allowed = new Set(current ?? all);
  if (checked) allowed.add(value);
  else allowed.delete(value);
  if (all.every((v) => allowed.has(v)) && [...allowed].every((v) => all.includes(v))) return null;
  return [...all.filter((v) => allowed.has(v)), ...[...allowed].filter((v) => !all.includes(v))];
}
