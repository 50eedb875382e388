// One attribute filter per layer, keyed by the layer id as an open string (imported layers have
// ids of their own). The rules (what passes) are in src/lib/filter.ts, the link format in
// filter-url.ts; this store only holds the state. An unchanged filter keeps its object, so a
// component selecting one layer's filter does not re-render when another layer's changes.
import { create } from 'zustand';
import { EMPTY_FILTER, type FieldFilter, type LayerFilter } from '../lib/filter';

export type LayerFilters = Record<string, LayerFilter>;

interface FiltersState {
  filters: LayerFilters;
  /** Allows exactly `values` for `field` (a copy, de-duplicated); null removes the field's filter. */
  setValues: (layer: string, field: string, values: readonly string[] | null) => void;
  /**
   * Keeps `field` within [min, max] (null = open side); both null removes the field's filter.
   * Throws RangeError for min > max or a non-finite bound: the UI must not offer those.
   */
  setRange: (layer: string, field: string, min: number | null, max: number | null) => void;
  setQuery: (layer: string, query: string) => void;
  clearField: (layer: string, field: string) => void;
  clearLayer: (layer: string) => void;
  /** Replaces every filter, e.g. with what a link held (filter-url.ts). */
  replaceAll: (filters: LayerFilters) => void;
  reset: () => void;
}

/** A layer's filter without empty parts; null when nothing is left (the layer is then dropped). */
function tidy(filter: LayerFilter): LayerFilter | null {
  return Object.keys(filter.fields).length === 0 && filter.query.trim() === '' ? null : filter;
}

function withLayer(filters: LayerFilters, layer: string, next: LayerFilter): LayerFilters {
  const out = { ...filters };
  const t = tidy(next);
  if (t) out[layer] = t;
  else delete out[layer];
  return out;
}

function withField(filters: LayerFilters, layer: string, field: string, f: FieldFilter | null): LayerFilters {
  const current = filters[layer] ?? EMPTY_FILTER;
  const fields = { ...current.fields };
  if (f) fields[field] = f;
  else delete fields[field];
  return withLayer(filters, layer, { ...current, fields });
}

export const useFilters = create<FiltersState>()((set) => ({
  filters: {},
  setValues: (layer, field, values) =>
    set((s) => ({
      filters: withField(
        s.filters,
        layer,
        field,
        values ? { kind: 'values', values: [...new Set(values)] } : null,
      ),
    })),
  setRange: (layer, field, min, max) => {
    for (const n of [min, max])
      if (n !== null && !Number.isFinite(n))
        throw new RangeError(`Range bound ${n} of ${field} is not finite.`);
    if (min !== null && max !== null && min > max)
      throw new RangeError(`Range of ${field}: min ${min} is above max ${max}.`);
    set((s) => ({
      filters: withField(
        s.filters,
        layer,
        field,
        min === null && max === null ? null : { kind: 'range', min, max },
      ),
    }));
  },
  setQuery: (layer, query) =>
    set((s) => ({ filters: withLayer(s.filters, layer, { ...(s.filters[layer] ?? EMPTY_FILTER), query }) })),
  clearField: (layer, field) => set((s) => ({ filters: withField(s.filters, layer, field, null) })),
  clearLayer: (layer) => set((s) => ({ filters: withLayer(s.filters, layer, EMPTY_FILTER) })),
  replaceAll: (filters) => {
    const out: LayerFilters = {};
    for (const [layer, f] of Object.entries(filters)) {
      const t = tidy(f);
      if (t) out[layer] = t;
    }
    set({ filters: out });
  },
  reset: () => set({ filters: {} }),
}));

/** The filter of `layer` (EMPTY_FILTER, a stable object, when it has none): a selector for components. */
export const selectLayerFilter =
  (layer: string) =>
  (s: { filters: LayerFilters }): LayerFilter =>
    s.filters[layer] ?? EMPTY_FILTER;
