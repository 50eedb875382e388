// Keeps the map's large-layer filters (src/state/big-draw-filter.ts) in step with the filter store:
// per large layer its chunks' masks (src/state/big-filter.ts) with deck.gl's DataFilterExtension.
// deck.gl sets a layer's extensions up only when it first makes the layer, so the extension must be
// there before a chunk is first drawn: @deck.gl/extensions (a few kB beside deck.gl, which loads at
// the same moment) is loaded with import() when the first large layer appears, the map holds large
// layers back meanwhile (`waiting`), and every chunk is then drawn with the extension (unfiltered:
// the filter switched off, a constant value, no buffer). If it fails to load, large layers are drawn
// unfiltered (the table and the counts still filter). Imported for its effect by the layer panel
// (the full viewer only: an embed draws large layers without it, as before).
import { EMPTY_FILTER } from '../lib/filter';
import type { BigDrawFilter } from '../map/deck/big-filter-props';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { bigMasks } from '../state/big-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useFilters } from '../state/filters';

let extension: object | null = null;
let state: 'idle' | 'loading' | 'failed' = 'idle';

const sameMasks = (a: BigDrawFilter['masks'], b: BigDrawFilter['masks']) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((m, k) => m === b[k]));

function load(): void {
  state = 'loading';
  useBigDrawFilters.setState({ waiting: true });
  import('@deck.gl/extensions')
    .then(({ DataFilterExtension }) => {
      extension = new DataFilterExtension({ filterSize: 1 });
      state = 'idle';
      syncBigDrawFilters();
    })
    .catch(() => {
      state = 'failed';
      useBigDrawFilters.setState({ waiting: false });
    });
}

/** Recomputes what the map draws of every large layer's filter (see the module comment). */
export function syncBigDrawFilters(): void {
  const layers = useBigLayers.getState().layers;
  if (!extension) {
    if (state === 'idle' && Object.keys(layers).length > 0) load();
    return;
  }
  const filters = useFilters.getState().filters;
  const { byLayer: prev, waiting } = useBigDrawFilters.getState();
  const next: Record<string, BigDrawFilter> = {};
  let changed = waiting || Object.keys(prev).some((id) => !layers[id]);
  for (const layer of Object.values(layers)) {
    const masks = bigMasks(layer, filters[layer.id] ?? EMPTY_FILTER);
    const old = prev[layer.id];
    if (old && sameMasks(old.masks, masks)) next[layer.id] = old;
    else {
      next[layer.id] = { extension, masks };
      changed = true;
    }
  }
  if (changed) useBigDrawFilters.setState({ byLayer: next, waiting: false });
}

useBigLayers.subscribe((s, p) => {
  if (s.layers !== p.layers) syncBigDrawFilters();
});
useFilters.subscribe((s, p) => {
  if (s.filters !== p.filters) syncBigDrawFilters();
});
syncBigDrawFilters();
