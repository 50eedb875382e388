// Filters for an imported layer (issue 10 §1): its simple fields join the filter schema and the layer
// panel's filter section at run time, so the one filter store, the panel, the table's column filters
// and the map's filtered features treat it like a curated layer. "Simple": text with 2–12 distinct
// values (a category), or numbers (a range over the data's extent). Other fields are not offered.
import { FILTER_SCHEMA, type FieldSpec } from '../data/filter-fields';
import type { LayerFeature } from '../data/load-layer';
import { sortTexts } from '../i18n/collate';
import { PANEL_FILTER_FIELDS } from '../ui/filters/fields';

const MAX_VALUES = 12;
const MAX_FIELDS = 6;

/** The filterable fields of `features` among `fields`, as specs (at most MAX_FIELDS). */
export function simpleFilterFields(
  features: readonly LayerFeature[],
  fields: readonly string[],
): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const field of fields) {
    if (Object.keys(out).length >= MAX_FIELDS) break;
    const texts = new Set<string>();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let numbers = 0;
    let other = 0;
    for (const f of features) {
      const v = f.properties?.[field];
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'number' && Number.isFinite(v)) {
        numbers++;
        min = Math.min(min, v);
        max = Math.max(max, v);
      } else if (typeof v === 'string') texts.add(v);
      else other++;
    }
    if (other > 0) continue;
    if (numbers > 0 && texts.size === 0 && min < max) out[field] = { kind: 'range', min, max };
    else if (numbers === 0 && texts.size >= 2 && texts.size <= MAX_VALUES)
      out[field] = { kind: 'values', values: sortTexts(texts) };
  }
  return out;
}

/** Adds (or with no features, removes) a layer's filter fields in the shared filter tables. */
export function registerUserFilterFields(
  layer: string,
  features: readonly LayerFeature[],
  fields: readonly string[],
): void {
  const schema = FILTER_SCHEMA as Record<string, Record<string, FieldSpec>>;
  const panel = PANEL_FILTER_FIELDS as Record<string, readonly string[]>;
  const specs = simpleFilterFields(features, fields);
  if (Object.keys(specs).length === 0) {
    delete schema[layer];
    delete panel[layer];
    return;
  }
  schema[layer] = specs;
  panel[layer] = Object.keys(specs);
}
