// What a map side draws of a layer, and what the legend counts and the attribute table list: the
// layer's features passing its filter (src/state/filters.ts, rules in src/lib/filter.ts). The
// analysis is not filtered: it uses every feature of a layer, whatever the filters (a decision the
// UI states beside the filters and in the analysis panel, so a filter never changes a score or an
// area total).
//
// Results are memoised by array identity (the layer's features array and the filter object, both
// replaced only when they change), so the same input gives the same array and the map is not
// re-fed on every render.

import type { Feature } from 'geojson';
import { useMemo } from 'react';
import { type LayerFeature, located } from '../data/load-layer';
import type { LayerId } from '../data/schema';
import { applyFilters, type LayerFilter } from '../lib/filter';
import { selectLayerFilter, useFilters } from './filters';
import { useLayers } from './layers';
import type { MapSide } from './side';

/** One empty array, so an unknown layer's answer is stable too. */
const NONE: LayerFeature[] = [];

const cache = new WeakMap<readonly LayerFeature[], WeakMap<LayerFilter, readonly LayerFeature[]>>();

/**
 * The features of `features` passing `filter`, in file order, with or without a location. The same
 * (features, filter) pair gives the same array; an empty filter gives `features` itself.
 */
export function filteredOf(features: readonly LayerFeature[], filter: LayerFilter): readonly LayerFeature[] {
  let byFilter = cache.get(features);
  if (!byFilter) {
    byFilter = new WeakMap();
    cache.set(features, byFilter);
  }
  let out = byFilter.get(filter);
  if (!out) {
    out = applyFilters(features, filter);
    byFilter.set(filter, out);
  }
  return out;
}

/** The features of a loaded layer passing its filter (with or without a location); [] for an unknown layer. */
export function filteredFeatures(layerId: string): readonly LayerFeature[] {
  const entry = useLayers.getState().layers[layerId as LayerId];
  if (!entry) return NONE;
  return filteredOf(entry.features, selectLayerFilter(layerId)(useFilters.getState()));
}

/**
 * The located features (see load-layer.ts `located`) a map side draws of `layerId`: those passing the
 * layer's filter. `side` is where it is drawn; today both sides share one filter per layer (the
 * filter store is per layer), so it does not change the answer yet. Memoised: unchanged stores give
 * the same array. [] for a layer that is not loaded.
 */
export function shownFeatures(layerId: string, side: MapSide = 'single'): Feature[] {
  void side;
  return located(filteredFeatures(layerId) as LayerFeature[]);
}

/** React: the features of `layerId` passing its filter, re-rendering when either changes. */
export function useFilteredFeatures(layerId: string): readonly LayerFeature[] {
  const features = useLayers((s) => s.layers[layerId as LayerId]?.features);
  const filter = useFilters(selectLayerFilter(layerId));
  return useMemo(() => (features ? filteredOf(features, filter) : NONE), [features, filter]);
}
