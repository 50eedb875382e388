import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { CONTEXT_LINE } from '../colors';

export function contextLayers(features: Feature[]): Layer[] {
  return [
    new GeoJsonLayer({
      id: 'context',
      data: features,
      filled: false,
      stroked: true,
      getLineColor: CONTEXT_LINE,
      getLineWidth: (f: Feature) => (f.properties?.level === 'province' ? 2 : 0.8),
      lineWidthUnits: 'pixels',
      pickable: false,
    }),
  ];
}
