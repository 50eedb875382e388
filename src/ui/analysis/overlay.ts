// What the map draws for the analysis panel's state: only the active tab's answer, only while the
// panel is open. Pure (tested in overlay.test.ts); MapView hands the result to PlanningMap.
import { CORRIDOR_KINDS } from '../../data/schema';
import {
  type AnalysisOverlay,
  EMPTY_OVERLAY,
  type LngLat,
  type OverlayConnector,
} from '../../map/layers/overlay-types';
import type { AnalysisState } from '../../state/analysis';
import type { ShownAnswer } from '../../state/result-on-map';

/**
 * `o` with what the imported layers' answers shown on the map draw (result-on-map.ts: zones under
 * the data, connectors over it), whether or not the analysis panel is open: they belong to the
 * ticked answers under the layers' rows. `o` itself when none draws anything.
 */
export function withAnswers(
  o: AnalysisOverlay,
  byLayer: Readonly<Record<string, ShownAnswer>>,
): AnalysisOverlay {
  const answerZones: AnalysisOverlay['answerZones'] = [];
  const connectors = [...o.connectors];
  for (const a of Object.values(byLayer)) {
    if (!a.result) continue;
    if (a.zone) answerZones.push(a.zone);
    if (a.connectors) connectors.push(...a.connectors);
  }
  return answerZones.length === 0 && connectors.length === o.connectors.length
    ? o
    : { ...o, answerZones, connectors };
}

export function overlayOf(
  s: Pick<
    AnalysisState,
    'open' | 'tab' | 'results' | 'errors' | 'focusParkId' | 'measurePoints' | 'measureType' | 'measureDrawing'
  >,
): AnalysisOverlay {
  if (!s.open) return EMPTY_OVERLAY;
  switch (s.tab) {
    case 'within': {
      const w = s.results.within;
      if (!w) return EMPTY_OVERLAY;
      const focus = w.parks.find((r) => r.park.id === s.focusParkId);
      return {
        ...EMPTY_OVERLAY,
        zone: w.zone,
        highlight: w.parks.map((r) => r.park.point),
        origin: focus ? focus.park.point : null,
        connectors: focus ? [{ from: focus.park.point, to: focus.nearest.point, kind: 'target' }] : [],
      };
    }
    case 'nearest': {
      const row = s.results.nearest?.rows.find((r) => r.park.id === s.focusParkId);
      if (!row) return EMPTY_OVERLAY;
      const connectors: OverlayConnector[] = [];
      for (const k of CORRIDOR_KINDS) {
        const hit = row.corridors[k];
        if (hit) connectors.push({ from: row.park.point, to: hit.point, kind: 'corridor' });
      }
      for (const hit of Object.values(row.logistics)) {
        if (hit) connectors.push({ from: row.park.point, to: hit.point, kind: 'place' });
      }
      return { ...EMPTY_OVERLAY, origin: row.park.point, connectors };
    }
    case 'where': {
      const w = s.results.where;
      if (!w) return EMPTY_OVERLAY;
      const connectors: OverlayConnector[] = [];
      if (w.nearest_park) connectors.push({ from: w.point, to: w.nearest_park.point, kind: 'park' });
      if (w.nearest_corridor)
        connectors.push({ from: w.point, to: w.nearest_corridor.point, kind: 'corridor' });
      return { ...EMPTY_OVERLAY, origin: w.point, connectors };
    }
    case 'measure': {
      if (!s.measureType || s.measurePoints.length === 0) return EMPTY_OVERLAY;
      const kinks: LngLat[] = s.errors.measure?.points ?? [];
      return {
        ...EMPTY_OVERLAY,
        measure: { type: s.measureType, points: s.measurePoints, drawing: s.measureDrawing, kinks },
      };
    }
    default:
      return EMPTY_OVERLAY;
  }
}
