// The feature count a layer's legend shows. Today: every located feature of the layer. Once the
// filters branch lands (src/state/shown-features.ts: `shownFeatures(layerId, side)`), the
// coordinator points this one function at the filtered features; nothing else counts for legends.
import { located } from '../data/load-layer';
import type { LayerId } from '../data/schema';
import { useLayers } from './layers';

/** How many features of `layerId` the map draws (0 for a layer the store does not hold). */
export function legendCount(layerId: LayerId): number {
  const entry = useLayers.getState().layers[layerId];
  return entry ? located(entry.features).length : 0;
}

/** legendCount, re-read whenever the layer's features change. */
export function useLegendCount(layerId: LayerId): number {
  useLayers((s) => s.layers[layerId]?.features);
  return legendCount(layerId);
}
