import type { Layer } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { PARK_STATUSES, type ParkStatus } from '../../data/schema';
import { HIGHLIGHT, PARK_DASH, PARK_FILL, PARK_LINE, SELECTION } from '../colors';
import { anchorOf, type BuildContext, chipTextLayer, featureId, type Label, nameOf } from './common';

const statusOf = (f: Feature): ParkStatus => {
  const s = f.properties?.status;
  return (PARK_STATUSES as readonly string[]).includes(s) ? (s as ParkStatus) : 'planned';
};

const dash = new PathStyleExtension({ dash: true });

export function parkLayers(features: Feature[], ctx: BuildContext): Layer[] {
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: 'parks',
      data: features,
      filled: true,
      stroked: true,
      getFillColor: (f: Feature) => PARK_FILL[statusOf(f)],
      getLineColor: (f: Feature) => PARK_LINE[statusOf(f)],
      getLineWidth: (f: Feature) => (statusOf(f) === 'planned' ? 2 : 1.2),
      lineWidthUnits: 'pixels',
      // Parks known only by a point: a circle with the status colour.
      pointType: 'circle',
      getPointRadius: 6,
      pointRadiusUnits: 'pixels',
      pickable: true,
      autoHighlight: true,
      highlightColor: HIGHLIGHT,
      extensions: [dash],
      getDashArray: (f: Feature) => PARK_DASH[statusOf(f)],
      dashJustified: true,
    }),
  ];
  const selected = ctx.selectedId ? features.filter((f) => featureId(f) === ctx.selectedId) : [];
  if (selected.length) {
    layers.push(
      new GeoJsonLayer({
        id: 'parks-selected',
        data: selected,
        filled: false,
        stroked: true,
        getLineColor: SELECTION,
        getLineWidth: 3.5,
        lineWidthUnits: 'pixels',
        pointType: 'circle',
        getPointRadius: 8,
        pointRadiusUnits: 'pixels',
      }),
    );
  }
  return layers;
}

export function parkLabelLayer(features: Feature[], ctx: BuildContext): Layer | null {
  if (!ctx.fontsReady || ctx.zoom < 11.5) return null;
  const data: Label[] = [];
  for (const f of features) {
    const position = anchorOf(f);
    if (position) data.push({ position, text: nameOf(f, ctx.lang), id: featureId(f) });
  }
  return chipTextLayer('parks-labels', data, { getSize: 11, getColor: [76, 29, 149, 255] });
}
