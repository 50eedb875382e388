// Imported layers' filters kept over a reload (issue 10: "imported layers and their settings survive
// a reload"), small and large alike, in the layers' IndexedDB store (`filter:<id>`). Not in the link:
// a dropped file is not in it either. A layer read by the viewport is not stored (its link brings it
// back), so neither is its filter. Loaded with the restoring code, never in an embed.

import { isUserLayerId } from '../layers/user-description';
import type { FieldFilter, LayerFilter } from '../lib/filter';
import type { UserLayerStore } from '../userlayers/persist';
import { useBigLayers } from './big-layers-store';
import { useFilters } from './filters';
import { useUserLayers } from './user-layers-store';

/** `value` as a filter when it has a filter's shape (the stored copy may be of another version), else null. */
export function asLayerFilter(value: unknown): LayerFilter | null {
  if (typeof value !== 'object' || value === null) return null;
  const { fields, query } = value as { fields?: unknown; query?: unknown };
  if (typeof query !== 'string' || typeof fields !== 'object' || fields === null) return null;
  const out: Record<string, FieldFilter> = {};
  const bound = (n: unknown) => n === null || (typeof n === 'number' && Number.isFinite(n));
  for (const [name, f] of Object.entries(fields)) {
    const v = f as { kind?: unknown; values?: unknown; min?: unknown; max?: unknown } | null;
    if (v?.kind === 'values' && Array.isArray(v.values) && v.values.every((x) => typeof x === 'string'))
      out[name] = { kind: 'values', values: [...(v.values as string[])] };
    else if (
      v?.kind === 'range' &&
      bound(v.min) &&
      bound(v.max) &&
      (v.min === null || v.max === null || (v.min as number) <= (v.max as number))
    )
      out[name] = { kind: 'range', min: v.min as number | null, max: v.max as number | null };
    else return null;
  }
  return Object.keys(out).length > 0 || query.trim() !== '' ? { fields: out, query } : null;
}

const KEEPS = Symbol('keeps imported filters');

/**
 * Makes the filter store's `replaceAll` (a link's `f.` keys, read at load and on each hash change,
 * back and forward included) keep the imported layers' filters: a link never holds them, so
 * replacing them would drop a layer's filter for the visit and, through the subscription below, its
 * saved copy. Done here, with the imported layers' code, rather than in filters.ts, which is in an
 * embed's first paint (33 bytes under its budget). Idempotent.
 */
function keepOnReplace(): void {
  const state = useFilters.getState() as ReturnType<typeof useFilters.getState> & { [KEEPS]?: true };
  if (state[KEEPS]) return;
  const replaceAll = state.replaceAll;
  useFilters.setState({
    [KEEPS]: true,
    replaceAll: (filters) => {
      const imported = Object.entries(useFilters.getState().filters).filter(([id]) => isUserLayerId(id));
      replaceAll({ ...Object.fromEntries(imported), ...filters });
    },
  } as Partial<ReturnType<typeof useFilters.getState>>);
}

/** Ids of the imported layers that are stored (every small one, large ones not read by the viewport). */
function storedIds(): Set<string> {
  const big = useBigLayers.getState().layers;
  return new Set([
    ...Object.keys(useUserLayers.getState().layers),
    ...Object.keys(big).filter((id) => !big[id]!.viewport),
  ]);
}

/**
 * Puts back the kept filters of the layers on the page (after they are restored), then saves each
 * change of those layers' filters from then on; returns the unsubscribe. A filter of an unknown
 * shape, or of a layer not on the page, is left out. Storage errors are ignored: the filter still
 * applies for this visit.
 */
export async function restoreAndSaveFilters(store: UserLayerStore): Promise<() => void> {
  keepOnReplace();
  let kept: Record<string, unknown> = {};
  try {
    kept = (await store.loadFilters?.()) ?? {};
  } catch {
    // Nothing to put back.
  }
  const ids = storedIds();
  const back: Record<string, LayerFilter> = {};
  for (const [id, value] of Object.entries(kept)) {
    const filter = asLayerFilter(value);
    if (filter && ids.has(id)) back[id] = filter;
  }
  if (Object.keys(back).length > 0) useFilters.setState((s) => ({ filters: { ...s.filters, ...back } }));
  return useFilters.subscribe((s, prev) => {
    if (s.filters === prev.filters) return;
    for (const id of storedIds()) {
      const now = s.filters[id];
      if (now !== prev.filters[id]) void store.saveFilter?.(id, now ?? null).catch(() => {});
    }
  });
}
