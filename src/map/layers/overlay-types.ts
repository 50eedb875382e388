// The analysis overlay's plain data (what analysis.ts turns into deck.gl layers), apart from
// deck.gl itself: the map, the panels and the stores use these types and the empty overlay without
// pulling deck.gl into the first bundle; deck.gl loads with the first overlay that draws something.
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type LngLat = [number, number];

export interface OverlayConnector {
  from: LngLat;
  to: LngLat;
  /** 'corridor' | 'place' | 'park' | 'target': colour of the line and its end point. */
  kind: 'corridor' | 'place' | 'park' | 'target';
}

export interface AnalysisOverlay {
  /** The Within zone (buffer / circle polygon). */
  zone: Feature<Polygon | MultiPolygon> | null;
  /** The zones of imported layers' answers shown on the map (src/state/result-on-map.ts). */
  answerZones: Feature<Polygon | MultiPolygon>[];
  /** Park points to ring (Within matches). */
  highlight: LngLat[];
  /** The park (or point) the connectors start from, drawn as a marker. */
  origin: LngLat | null;
  connectors: OverlayConnector[];
  measure: { type: 'line' | 'polygon'; points: LngLat[]; drawing: boolean; kinks: LngLat[] } | null;
}

export const EMPTY_OVERLAY: AnalysisOverlay = {
  zone: null,
  answerZones: [],
  highlight: [],
  origin: null,
  connectors: [],
  measure: null,
};

export function isEmptyOverlay(o: AnalysisOverlay): boolean {
  return (
    !o.zone &&
    o.answerZones.length === 0 &&
    o.highlight.length === 0 &&
    !o.origin &&
    o.connectors.length === 0 &&
    !o.measure
  );
}
