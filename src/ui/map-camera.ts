// Camera helpers of a map view: the part of the map the panels cover, fitting a selection clear of
// them, the starting view, and which map of a comparison obeys camera commands.
import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import type { Bbox, Catalog } from '../data/schema';
import type { Insets, PlanningMap } from '../map/PlanningMap';
import { useAnalysis } from '../state/analysis';
import { camerasLinked } from '../state/compare';
import { findFeature, useLayers } from '../state/layers';
import { type FeatureRef, sameRef, useSelection } from '../state/selection';
import type { MapSide } from '../state/side';
import type { UrlState } from '../state/url';
import { fitTarget, prefersReducedMotion } from './fit';

/**
 * The part of the map the panels cover (side panel, analysis panel, info panel or sheet), in CSS
 * pixels from each edge of the map, so fitting avoids it. Without `map`, the map fills the window;
 * with it (one map of a comparison), the insets are measured from that map's edges and a panel
 * beside it, not over it, counts for nothing.
 */
export function panelInsets(map?: Element | null): Partial<Insets> {
  const side = document.querySelector('.side')?.getBoundingClientRect();
  const analysis = document.querySelector('.analysis-panel')?.getBoundingClientRect();
  const info = document.querySelector('.info-panel')?.getBoundingClientRect();
  const { innerWidth: w, innerHeight: h } = window;
  const out: Partial<Insets> = {};
  if (side) Object.assign(out, w > 720 ? { left: side.right } : { top: side.bottom });
  if (analysis) out.bottom = Math.max(0, h - analysis.top);
  if (info && w > 720) out.right = Math.max(0, w - info.left);
  // On a phone the info panel is a sheet: along the bottom, or at the top while the analysis
  // sheet takes the bottom.
  else if (info && info.top + info.bottom > h) out.bottom = Math.max(out.bottom ?? 0, h - info.top);
  else if (info) out.top = Math.max(out.top ?? 0, info.bottom);
  if (!map) return out;
  const r = map.getBoundingClientRect();
  return {
    top: Math.max(0, (out.top ?? 0) - r.top),
    right: Math.max(0, (out.right ?? 0) - (w - r.right)),
    bottom: Math.max(0, (out.bottom ?? 0) - (h - r.bottom)),
    left: Math.max(0, (out.left ?? 0) - r.left),
  };
}

/**
 * After a selection made on the map, moves the camera (if needed) so the feature shows clear of the
 * panels, once the info panel has been laid out. A selection from an analysis table zooms through
 * its own request (zoomRequest) instead, which this sees and leaves alone.
 */
export function fitSelection(map: PlanningMap, el: HTMLElement, ref: FeatureRef): void {
  const request = useAnalysis.getState().zoomRequest;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (useAnalysis.getState().zoomRequest !== request) return;
      if (!sameRef(useSelection.getState().selected, ref)) return;
      const feature = findFeature(useLayers.getState().layers, ref.layerId, ref.featureId);
      if (!feature?.geometry) return;
      const b = turfBbox(feature as Feature<Geometry>);
      const bbox: Bbox = [b[0], b[1], b[2], b[3]];
      if (!bbox.every(Number.isFinite)) return;
      const insets = panelInsets(el);
      const target = fitTarget(
        map.getView(),
        { width: el.clientWidth, height: el.clientHeight },
        insets,
        bbox,
      );
      if (target) map.fitBounds(target, !prefersReducedMotion(), insets);
    }),
  );
}

/** Places the camera on the province, then applies whatever part of a view the URL gave. */
export function startView(
  map: PlanningMap,
  el: HTMLElement,
  catalog: Catalog | null,
  initial: UrlState,
): void {
  const full = initial.zoom !== undefined && initial.lat !== undefined && initial.lon !== undefined;
  if (full) return;
  if (catalog) map.fitBounds(catalog.province_bbox, false, panelInsets(el));
  if (initial.zoom !== undefined || initial.lat !== undefined || initial.lon !== undefined) {
    const v = map.getView();
    map.setView({
      center: [initial.lon ?? v.center[0], initial.lat ?? v.center[1]],
      zoom: initial.zoom ?? v.zoom,
    });
  }
}

/**
 * Whether this map obeys camera commands (fit the selection, zoom to a layer or result): the one
 * map, the left map, and the right map only while the cameras are unlinked (linked, it follows).
 */
export function leadsCamera(side: MapSide): boolean {
  return side !== 'right' || !camerasLinked();
}
