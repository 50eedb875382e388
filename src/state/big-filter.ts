// The filter of a large layer (issue 10 §2): the one filter store's LayerFilter (src/state/filters.ts)
// applied to its chunks as one mask per chunk (src/data/binary/filter-mask.ts), so the table, the
// layer panel's count, the legend and the map read the same masks. Masks are cached per chunk object
// and filter object (both kept while unchanged), so a new chunk arriving computes only its own mask.
// Its filterable fields join the shared filter tables as a small imported layer's do, once the import
// has finished (the summary is set), so the same FieldFilter controls and the link work on them.
import { useMemo } from 'react';
import {
  categoryCounts,
  chunkFilterFields,
  chunkMask,
  hasFieldFilters,
  maskCount,
  notNumberCount,
} from '../data/binary/filter-mask';
import type { BinaryChunk } from '../data/binary/types';
import type { FieldSpec } from '../data/filter-fields';
import { FILTER_SCHEMA } from '../data/filter-fields';
import type { LayerFilter } from '../lib/filter';
import type { FilterCounts } from '../ui/filters/FieldFilter';
import { optionsOfCounts, PANEL_FILTER_FIELDS, type ValueOption } from '../ui/filters/fields';
import { type BigLayer, useBigLayers } from './big-layers-store';
import { selectLayerFilter, useFilters } from './filters';

const maskCache = new WeakMap<BinaryChunk, WeakMap<LayerFilter, Uint8Array>>();

/**
 * Whether the large layer's `filter` leaves out its feature `ordinal` (0-based, its feature id):
 * the map does not draw it. False without field filters or when no chunk holds the ordinal.
 */
export function bigFeatureHidden(
  layer: Pick<BigLayer, 'chunks'> | undefined,
  ordinal: number,
  filter: LayerFilter | undefined,
): boolean {
  if (!layer || !filter || !hasFieldFilters(filter)) return false;
  const chunk = layer.chunks.find((c) => ordinal >= c.first && ordinal < c.first + c.count);
  return !!chunk && maskOf(chunk, filter)[ordinal - chunk.first] === 0;
}

/** Chunk `chunk`'s mask for `filter` (1 = passes its field filters), cached. */
export function maskOf(chunk: BinaryChunk, filter: LayerFilter): Uint8Array {
  let byFilter = maskCache.get(chunk);
  if (!byFilter) {
    byFilter = new WeakMap();
    maskCache.set(chunk, byFilter);
  }
  let mask = byFilter.get(filter);
  if (!mask) {
    mask = chunkMask(chunk, filter);
    byFilter.set(filter, mask);
  }
  return mask;
}

/** One mask per chunk of `layer` for `filter`; null when the filter has no field filter (all pass). */
export function bigMasks(layer: BigLayer, filter: LayerFilter): Uint8Array[] | null {
  return hasFieldFilters(filter) ? layer.chunks.map((c) => maskOf(c, filter)) : null;
}

export interface BigCounts {
  /** Features loaded (every chunk). */
  total: number;
  /** Features passing the filter. */
  shown: number;
  /** Located features passing the filter (what the map draws and the legend counts). */
  drawn: number;
  filtered: boolean;
}

const drawnCache = new WeakMap<Uint8Array | BinaryChunk, number>();
function drawnOf(chunk: BinaryChunk, mask: Uint8Array | null): number {
  const key = mask ?? chunk;
  let n = drawnCache.get(key);
  if (n === undefined) {
    n = maskCount(mask ?? new Uint8Array(chunk.count).fill(1), chunk);
    drawnCache.set(key, n);
  }
  return n;
}

/** The counts of `layer` under `filter`. */
export function bigCounts(layer: BigLayer, filter: LayerFilter): BigCounts {
  const masks = bigMasks(layer, filter);
  let shown = 0;
  let drawn = 0;
  layer.chunks.forEach((c, k) => {
    const m = masks?.[k] ?? null;
    shown += m ? maskCount(m) : c.count;
    drawn += drawnOf(c, m);
  });
  return { total: layer.loaded, shown, drawn, filtered: masks !== null };
}

/** React: the counts of large layer `id` (null for any other layer), following chunks and filter. */
export function useBigCounts(id: string): BigCounts | null {
  const layer = useBigLayers((s) => s.layers[id]);
  const filter = useFilters(selectLayerFilter(id));
  return useMemo(() => (layer ? bigCounts(layer, filter) : null), [layer, filter]);
}

/** The fields of a large layer its filter offers (summary's field order; columns of the chunks). */
export function bigFilterFields(layer: BigLayer): Record<string, FieldSpec> {
  const fields = layer.summary?.fields ?? Object.keys(layer.chunks[0]?.columns ?? {});
  return chunkFilterFields(layer.chunks, fields);
}

const countsCache = new WeakMap<readonly BinaryChunk[], FilterCounts>();

/**
 * The filter controls' choices and counts for a large layer, from its chunks' columns (every
 * feature, not the filtered ones, as for small layers); computed per field when first asked and
 * kept while the chunks are the same.
 */
export function bigFilterCounts(layer: BigLayer): FilterCounts {
  const hit = countsCache.get(layer.chunks);
  if (hit) return hit;
  const options = new Map<string, ValueOption[]>();
  const notNumber = new Map<string, number>();
  const counts: FilterCounts = {
    options: (field) => {
      let o = options.get(field);
      if (!o) {
        o = optionsOfCounts(layer.id, field, categoryCounts(layer.chunks, field));
        options.set(field, o);
      }
      return o;
    },
    notNumber: (field) => {
      let n = notNumber.get(field);
      if (n === undefined) {
        n = notNumberCount(layer.chunks, field);
        notNumber.set(field, n);
      }
      return n;
    },
  };
  countsCache.set(layer.chunks, counts);
  return counts;
}

const registered = new Map<string, readonly BinaryChunk[]>();

/**
 * Writes the filter fields of every finished large layer into the shared filter tables (and takes
 * away those of layers gone), recomputing a layer only when its chunks changed.
 */
export function registerBigFilterFields(layers: Record<string, BigLayer>): void {
  const schema = FILTER_SCHEMA as Record<string, Record<string, FieldSpec>>;
  const panel = PANEL_FILTER_FIELDS as Record<string, readonly string[]>;
  for (const [id, chunks] of registered) {
    if (layers[id]?.chunks === chunks) continue;
    registered.delete(id);
    delete schema[id];
    delete panel[id];
  }
  for (const layer of Object.values(layers)) {
    if (!layer.summary || registered.has(layer.id)) continue;
    registered.set(layer.id, layer.chunks);
    const specs = bigFilterFields(layer);
    if (Object.keys(specs).length === 0) continue;
    schema[layer.id] = specs;
    panel[layer.id] = Object.keys(specs);
  }
}

registerBigFilterFields(useBigLayers.getState().layers);
useBigLayers.subscribe((s, prev) => {
  if (s.layers !== prev.layers) registerBigFilterFields(s.layers);
});
