// The layer filters in the link: one key per filtered field, `f.<layer>.<field>`, whose value is a
// comma-separated list of allowed values (`f.parks.status=existing,planned`, `unknown` for missing
// values, empty = none) or a numeric range `min..max` with either side open
// (`f.parks.established_year=2000..2010`, `f.parks.area_ha=500..`); the text query is
// `f.<layer>.q` (so `q` is not a filterable property name). The keys are one family entry of the
// URL table (FILTERS_HASH_KEY; register it in url.ts with a `filters` field in UrlState).
// A repeated key takes its last value (hash-reader.ts); an invalid value is refused as a whole and
// named in the existing notice, and the field stays unfiltered.
import { FILTER_SCHEMA, type FilterSchema } from '../data/filter-fields';
import type { FieldFilter, LayerFilter } from '../lib/filter';
import { UNKNOWN_VALUE } from '../lib/filter';
import { type HashKey, parsePlainDecimal } from './hash-reader';

/** The part of the URL state this key family fills: layer id → its filter. */
export interface FiltersUrlState {
  filters?: Record<string, LayerFilter>;
}

export const FILTER_KEY_PREFIX = 'f.';
export const QUERY_FIELD = 'q';
/** Longest text query a link may carry (characters); a longer one is refused. */
export const MAX_QUERY_LENGTH = 200;

const LAYER_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `parks.status` → ['parks', 'status'] (the field is after the last dot); null when malformed. */
export function splitFilterKey(rest: string): [layer: string, field: string] | null {
  const dot = rest.lastIndexOf('.');
  if (dot <= 0) return null;
  const layer = rest.slice(0, dot);
  const field = rest.slice(dot + 1);
  return LAYER_ID.test(layer) && FIELD.test(field) ? [layer, field] : null;
}

/** A value of a list: `%` and `,` escaped, so any text survives the comma split. */
const escapeItem = (v: string) => v.replace(/%/g, '%25').replace(/,/g, '%2C');
function unescapeItem(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v; // a literal `%` typed by hand: kept as written
  }
}

/** A number as a plain decimal parsePlainDecimal reads back (no exponent, at most 6 decimals). */
export function formatPlainDecimal(n: number): string {
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * One field's filter from a link value, checked against `spec` when the schema knows the layer:
 * the field must exist there, values must be known (or `unknown`), a range must lie within the
 * spec's bounds. For a layer the schema does not know, any well-formed value is accepted.
 * Returns null for an invalid value. Never throws.
 */
export function parseFieldFilter(
  raw: string,
  layer: string,
  field: string,
  schema: FilterSchema = FILTER_SCHEMA,
): FieldFilter | null {
  const layerSpec = schema[layer];
  const spec = layerSpec ? layerSpec[field] : undefined;
  if (layerSpec && !spec) return null;
  const at = raw.indexOf('..');
  if (at >= 0) {
    if (spec && spec.kind !== 'range') return null;
    const sides = [raw.slice(0, at).trim(), raw.slice(at + 2).trim()];
    const [min, max] = sides.map((s) => (s === '' ? null : parsePlainDecimal(s)));
    if (min === undefined || max === undefined || (min === null && max === null)) return null;
    if (min !== null && max !== null && min > max) return null;
    if (spec?.kind === 'range' && [min, max].some((n) => n !== null && (n < spec.min || n > spec.max)))
      return null;
    return { kind: 'range', min, max };
  }
  if (spec && spec.kind !== 'values') return null;
  const items = raw
    .split(',')
    .map((s) => unescapeItem(s.trim()))
    .filter((s) => s !== '');
  const values = [...new Set(items)];
  if (spec?.kind === 'values') {
    if (values.some((v) => v !== UNKNOWN_VALUE && !spec.values.includes(v))) return null;
    const known = [...spec.values, UNKNOWN_VALUE];
    values.sort((a, b) => known.indexOf(a) - known.indexOf(b));
  }
  return { kind: 'values', values };
}

/** The link value of one field's filter (the inverse of parseFieldFilter). */
export function formatFieldFilter(filter: FieldFilter): string {
  if (filter.kind === 'values') return filter.values.map(escapeItem).join(',');
  const side = (n: number | null) => (n === null ? '' : formatPlainDecimal(n));
  return `${side(filter.min)}..${side(filter.max)}`;
}

/**
 * The URL table entry of the `f.` family, for URL_KEYS in url.ts (state type: any S with an
 * optional `filters` field, e.g. UrlState once it has one). `schema` checks the known layers.
 */
export function filtersHashKey<S extends FiltersUrlState>(schema: FilterSchema = FILTER_SCHEMA): HashKey<S> {
  return {
    key: FILTER_KEY_PREFIX,
    read: (state, value, rest) => {
      const parts = splitFilterKey(rest);
      if (!parts) return false;
      const [layer, field] = parts;
      const current = state.filters?.[layer] ?? { fields: {}, query: '' };
      let next: LayerFilter;
      if (field === QUERY_FIELD) {
        const query = value.trim();
        if (query.length > MAX_QUERY_LENGTH) return false;
        next = { ...current, query };
      } else {
        const f = parseFieldFilter(value, layer, field, schema);
        if (!f) return false;
        next = { ...current, fields: { ...current.fields, [field]: f } };
      }
      state.filters = { ...state.filters, [layer]: next };
      return true;
    },
    write: (state) => {
      const out: [string, string][] = [];
      for (const layer of Object.keys(state.filters ?? {}).sort()) {
        const f = state.filters![layer]!;
        for (const field of Object.keys(f.fields).sort())
          out.push([`${FILTER_KEY_PREFIX}${layer}.${field}`, formatFieldFilter(f.fields[field]!)]);
        if (f.query.trim() !== '') out.push([`${FILTER_KEY_PREFIX}${layer}.${QUERY_FIELD}`, f.query.trim()]);
      }
      return out;
    },
  };
}

/** The entry with the built layers' schema. */
export const FILTERS_HASH_KEY: HashKey<FiltersUrlState> = filtersHashKey();
