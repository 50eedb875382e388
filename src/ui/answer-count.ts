// The legend's "N features on the map" while an analysis answer is shown on the map
// (src/state/result-on-map.ts): the features the map then draws, not the filter's count, so the
// legend never counts features the map has hidden. Full viewer only (the side panel's rows).
import { useMemo } from 'react';
import { maskCount } from '../data/binary/filter-mask';
import { type LayerFeature, located } from '../data/load-layer';
import type { LayerId } from '../data/schema';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useResultOnMap } from '../state/result-on-map';
import { useFilteredFeatures } from '../state/shown-features';
import { onlyOf } from './map-input';

/**
 * How many features of `layerId` the map draws under the answer shown (a small layer: its located
 * filtered features with the answer's ids, as map-input.ts feeds them; a large layer: the located
 * features its chunks' draw masks keep, the filter's and the answer's anded); undefined while no
 * answer is shown (or a large layer's masks are not made yet).
 */
export function useAnswerDrawnCount(layerId: LayerId): number | undefined {
  const answer = useResultOnMap((s) => s.byLayer[layerId]?.result ?? null);
  const filtered = useFilteredFeatures(layerId);
  const masks = useBigDrawFilters((s) => s.byLayer[layerId]?.masks ?? null);
  const chunks = useBigLayers((s) => s.layers[layerId]?.chunks);
  return useMemo(() => {
    if (!answer) return undefined;
    if (answer instanceof Set) return onlyOf(located(filtered as LayerFeature[]), answer).length;
    if (!masks || !chunks || masks.length !== chunks.length) return undefined;
    return chunks.reduce((n, c, k) => n + maskCount(masks[k]!, c), 0);
  }, [answer, filtered, masks, chunks]);
}
