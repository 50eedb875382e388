// An imported layer's analysis answer shown on the map (issue 10 §1: "my features within X km of Ring
// Road 4" seen where they are): while the user keeps "show only these on the map" ticked, the
// layer draws only the answer's features. A small layer's answer is a set of feature ids (its
// features' `id`, as the map and the table select by); a large layer's the layer-wide ordinals,
// turned into per-chunk masks with its filter's (src/ui/big-draw-filter-sync.ts). Only the map is
// restricted: the table, the counts and the legend still follow the layer's filter alone. Written by
// the analysis under the layer's row, read by map-input.ts; never in a link (a view of one answer).
import { create } from 'zustand';

/** Feature ids (small layer) or ascending layer-wide ordinals (large layer). */
export type ResultOnMap = ReadonlySet<string> | Uint32Array;

export const useResultOnMap = create<{ byLayer: Readonly<Record<string, ResultOnMap>> }>()(() => ({
  byLayer: {},
}));

/** Shows `result` as layer `layerId`'s drawn features; null shows the layer whole again. */
export function showResultOnMap(layerId: string, result: ResultOnMap | null): void {
  const { byLayer } = useResultOnMap.getState();
  if (!result && !(layerId in byLayer)) return;
  const next = { ...byLayer };
  if (result) next[layerId] = result;
  else delete next[layerId];
  useResultOnMap.setState({ byLayer: next });
}
