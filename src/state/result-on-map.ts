// An imported layer's analysis answer shown on the map (issue 10 §1: "my features within X km of Ring
// Road 4" seen where they are): while the user keeps "show only these on the map" ticked, the
// layer draws only the answer's features. A small layer's answer is a set of feature ids (its
// features' `id`, as the map and the table select by); a large layer's the layer-wide ordinals,
// turned into per-chunk masks with its filter's (src/ui/big-draw-filter-sync.ts). Only the map is
// restricted: the table, the counts and the legend still follow the layer's filter alone.
//
// One answer per layer is shown, and the store says whose (`source`: the analysis, e.g. 'within'),
// so a layer offering two analyses (points and polygons: nearest corridor and within X km) has one
// box ticked at a time, each box's tick read from here. A ticked analysis being run again keeps its
// entry with no result (the layer drawn whole meanwhile). Read by map-input.ts (in every entry, the
// embed's too); written through result-on-map-actions.ts by the analyses under the layer's row
// (ResultOnMap.tsx: the full viewer only). Never in a link (a view of one answer).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { create } from 'zustand';
import type { OverlayConnector } from '../map/layers/overlay-types';

/** Feature ids (small layer) or ascending layer-wide ordinals (large layer). */
export type ResultOnMap = ReadonlySet<string> | Uint32Array;

export interface ShownAnswer {
  /** The analysis whose answer it is ('within', 'nearest'). */
  source: string;
  /** null while that analysis has no answer (running again): the layer is drawn whole. */
  result: ResultOnMap | null;
  /**
   * The area the answer is about, drawn under it while shown (within X km of a corridor: the
   * corridor's buffer); null or absent: none.
   */
  zone?: Feature<Polygon | MultiPolygon> | null;
  /** Lines drawn with it (nearest corridor: from each point to the corridor's nearest point). */
  connectors?: readonly OverlayConnector[];
}

/** What is drawn with an answer besides its features. */
export type AnswerDrawing = Pick<ShownAnswer, 'zone' | 'connectors'>;

export const useResultOnMap = create<{ byLayer: Readonly<Record<string, ShownAnswer>> }>()(() => ({
  byLayer: {},
}));
