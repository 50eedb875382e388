// The analysis overlay: what the analysis panel shows on the map (zone, matched parks, connectors,
// where-am-I marker, the measure drawing). Nothing here is pickable: clicks still reach the data.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, LineLayer, PathLayer, ScatterplotLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { RGBA } from '../colors';
import type { AnalysisOverlay, LngLat, OverlayConnector } from './overlay-types';

export type { AnalysisOverlay, LngLat, OverlayConnector } from './overlay-types';
export { EMPTY_OVERLAY, isEmptyOverlay } from './overlay-types';

const ZONE_FILL: RGBA = [14, 165, 233, 46];
const ZONE_LINE: RGBA = [3, 105, 161, 230];
const MATCH: RGBA = [234, 179, 8, 255];
const ORIGIN: RGBA = [220, 38, 38, 255];
const MEASURE: RGBA = [190, 18, 60, 255];
const MEASURE_FILL: RGBA = [190, 18, 60, 40];
const CONNECTOR: Record<OverlayConnector['kind'], RGBA> = {
  corridor: [220, 38, 38, 255],
  place: [13, 148, 136, 255],
  park: [109, 40, 217, 255],
  target: [3, 105, 161, 255],
};
const WHITE: RGBA = [255, 255, 255, 255];
/**
 * Flat overlays ordered by drawing order alone: no depth test, no depth written. With deck.gl
 * interleaved into MapLibre, a layer drawn after a filled polygon could fail the depth test where
 * the polygon wrote depth (deck.gl issue #6504): a newcomer saw connectors vanish inside a zone.
 */
const FLAT = { parameters: { depthCompare: 'always', depthWriteEnabled: false } } as const;

/**
 * The zones (the Within tab's, and those of imported layers' answers shown on the map) sit under the
 * parks; everything else above every data layer (see PlanningMap.render).
 */
export function analysisZoneLayer(o: AnalysisOverlay): Layer | null {
  const zones = o.zone ? [o.zone, ...o.answerZones] : o.answerZones;
  if (zones.length === 0) return null;
  return new GeoJsonLayer({
    id: 'analysis-zone',
    data: zones,
    filled: true,
    stroked: true,
    getFillColor: ZONE_FILL,
    getLineColor: ZONE_LINE,
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
    pickable: false,
    ...FLAT,
  });
}

export function analysisLayers(o: AnalysisOverlay): Layer[] {
  const layers: Layer[] = [];
  if (o.highlight.length > 0) {
    layers.push(
      new ScatterplotLayer<LngLat>({
        id: 'analysis-matches',
        data: o.highlight,
        getPosition: (d) => d,
        getRadius: 9,
        radiusUnits: 'pixels',
        filled: false,
        stroked: true,
        getLineColor: MATCH,
        getLineWidth: 3,
        lineWidthUnits: 'pixels',
        pickable: false,
        ...FLAT,
      }),
    );
  }
  if (o.connectors.length > 0) {
    layers.push(
      new LineLayer<OverlayConnector>({
        id: 'analysis-connectors',
        data: o.connectors,
        getSourcePosition: (d) => d.from,
        getTargetPosition: (d) => d.to,
        getColor: (d) => CONNECTOR[d.kind],
        getWidth: 2,
        widthUnits: 'pixels',
        pickable: false,
        ...FLAT,
      }),
      new ScatterplotLayer<OverlayConnector>({
        id: 'analysis-connector-ends',
        data: o.connectors,
        getPosition: (d) => d.to,
        getRadius: 5,
        radiusUnits: 'pixels',
        getFillColor: (d) => CONNECTOR[d.kind],
        stroked: true,
        getLineColor: WHITE,
        getLineWidth: 1.5,
        lineWidthUnits: 'pixels',
        pickable: false,
        ...FLAT,
      }),
    );
  }
  if (o.origin) {
    layers.push(
      new ScatterplotLayer<LngLat>({
        id: 'analysis-origin',
        data: [o.origin],
        getPosition: (d) => d,
        getRadius: 7,
        radiusUnits: 'pixels',
        getFillColor: ORIGIN,
        stroked: true,
        getLineColor: WHITE,
        getLineWidth: 2,
        lineWidthUnits: 'pixels',
        pickable: false,
        ...FLAT,
      }),
    );
  }
  const m = o.measure;
  if (m && m.points.length > 0) {
    if (m.type === 'polygon' && m.points.length >= 3) {
      layers.push(
        new SolidPolygonLayer<LngLat[]>({
          id: 'analysis-measure-fill',
          data: [m.points],
          getPolygon: (d) => d,
          getFillColor: MEASURE_FILL,
          pickable: false,
          ...FLAT,
        }),
      );
    }
    const path = m.type === 'polygon' && m.points.length >= 3 ? [...m.points, m.points[0]!] : m.points;
    if (path.length >= 2) {
      layers.push(
        new PathLayer<LngLat[]>({
          id: 'analysis-measure-path',
          data: [path],
          getPath: (d) => d,
          getColor: MEASURE,
          getWidth: 3,
          widthUnits: 'pixels',
          pickable: false,
          ...FLAT,
        }),
      );
    }
    layers.push(
      new ScatterplotLayer<LngLat>({
        id: 'analysis-measure-vertices',
        data: m.points,
        getPosition: (d) => d,
        getRadius: 5,
        radiusUnits: 'pixels',
        getFillColor: WHITE,
        stroked: true,
        getLineColor: MEASURE,
        getLineWidth: 2,
        lineWidthUnits: 'pixels',
        pickable: false,
        ...FLAT,
      }),
    );
    if (m.kinks.length > 0) {
      layers.push(
        new ScatterplotLayer<LngLat>({
          id: 'analysis-measure-kinks',
          data: m.kinks,
          getPosition: (d) => d,
          getRadius: 8,
          radiusUnits: 'pixels',
          filled: false,
          stroked: true,
          getLineColor: [0, 0, 0, 255],
          getLineWidth: 2.5,
          lineWidthUnits: 'pixels',
          pickable: false,
          ...FLAT,
        }),
      );
    }
  }
  return layers;
}
