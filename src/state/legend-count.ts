// The feature count a layer's legend shows: the features the map draws, i.e. the located features
// passing the layer's filter (shown-features.ts), so the legend, the map and the table agree.
import type { LayerId } from '../data/schema';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { shownFeatures } from './shown-features';

/** How many features of `layerId` the map draws (0 for a layer the store does not hold). */
export function legendCount(layerId: LayerId): number {
  return useLayers.getState().layers[layerId] ? shownFeatures(layerId).length : 0;
}

/** legendCount, re-read whenever the layer's features or its filter change. */
export function useLegendCount(layerId: LayerId): number {
  useLayers((s) => s.layers[layerId]?.features);
  useFilters((s) => s.filters[layerId]);
  return legendCount(layerId);
}
