// Keeps the map's large-layer filters (src/state/big-draw-filter.ts) in step with the filter store:
// per large layer its chunks' masks (src/state/big-filter.ts) with deck.gl's DataFilterExtension.
// deck.gl sets a layer's extensions up only when it first makes the layer, so the extension must be
// there before a chunk is first drawn: @deck.gl/extensions (a few kB beside deck.gl, which loads at
// the same moment) is loaded with import() when the first large layer appears, the map holds large
// layers back meanwhile (`waiting`), and every chunk is then drawn with the extension (unfiltered:
// the filter switched off, a constant value, no buffer). If it fails to load, large layers are drawn
// unfiltered (the table and the counts still filter). An analysis answer shown on the map
// (src/state/result-on-map.ts) is anded into the masks here, for the map only. Imported for its
// effect by the layer panel (the full viewer only: an embed draws large layers without it, as before).
import { ordinalMask } from '../data/binary/filter-mask';
import type { BinaryChunk } from '../data/binary/types';
import { EMPTY_FILTER } from '../lib/filter';
import type { BigDrawFilter } from '../map/deck/big-filter-props';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { bigMasks } from '../state/big-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useFilters } from '../state/filters';
import { useResultOnMap } from '../state/result-on-map';

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
      useBigDrawFilters.setState({ waiting: false, failed: true });
    });
}

// Per answer, per chunk: the last mask made and the filter mask it was made with (kept while both
// are the same, so an unchanged chunk keeps its deck.gl layer's filter attribute).
const answerMasks = new WeakMap<
  Uint32Array,
  WeakMap<BinaryChunk, { base: Uint8Array | null; mask: Uint8Array }>
>();

function withAnswer(
  chunks: readonly BinaryChunk[],
  base: Uint8Array[] | null,
  ordinals: Uint32Array,
): Uint8Array[] {
  let byChunk = answerMasks.get(ordinals);
  if (!byChunk) {
    byChunk = new WeakMap();
    answerMasks.set(ordinals, byChunk);
  }
  return chunks.map((chunk, k) => {
    const b = base?.[k] ?? null;
    let hit = byChunk.get(chunk);
    if (!hit || hit.base !== b) {
      hit = { base: b, mask: ordinalMask(chunk, ordinals, b) };
      byChunk.set(chunk, hit);
    }
    return hit.mask;
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
  const answers = useResultOnMap.getState().byLayer;
  const { byLayer: prev, waiting } = useBigDrawFilters.getState();
  const next: Record<string, BigDrawFilter> = {};
  let changed = waiting || Object.keys(prev).some((id) => !layers[id]);
  for (const layer of Object.values(layers)) {
    const filtered = bigMasks(layer, filters[layer.id] ?? EMPTY_FILTER);
    const answer = answers[layer.id]?.result;
    const masks = answer instanceof Uint32Array ? withAnswer(layer.chunks, filtered, answer) : filtered;
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
useResultOnMap.subscribe(syncBigDrawFilters);
syncBigDrawFilters();
