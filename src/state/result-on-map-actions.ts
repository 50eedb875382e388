// The writers of the answer shown on the map (result-on-map.ts), apart from the store so that the
// map's input code, which every entry loads (the embed's too), carries only the store.
import { type AnswerDrawing, type ResultOnMap, useResultOnMap } from './result-on-map';

/**
 * Shows `source`'s answer `result` as layer `layerId`'s drawn features (replacing another's), with
 * what `drawing` adds (the zone it is about, connectors).
 */
export function showResultOnMap(
  layerId: string,
  source: string,
  result: ResultOnMap | null,
  drawing: AnswerDrawing = {},
): void {
  const { byLayer } = useResultOnMap.getState();
  const now = byLayer[layerId];
  if (
    now?.source === source &&
    now.result === result &&
    now.zone === drawing.zone &&
    now.connectors === drawing.connectors
  )
    return;
  useResultOnMap.setState({ byLayer: { ...byLayer, [layerId]: { ...drawing, source, result } } });
}

/** Draws layer `layerId` whole again if `source`'s answer is the one shown (else does nothing). */
export function hideResultOnMap(layerId: string, source: string): void {
  const { byLayer } = useResultOnMap.getState();
  if (byLayer[layerId]?.source !== source) return;
  const next = { ...byLayer };
  delete next[layerId];
  useResultOnMap.setState({ byLayer: next });
}
