import type { Layer } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, type CorridorKind, type CorridorStatus } from '../../data/schema';
import { isUnsourced } from '../../data/unsourced';
import {
  CORRIDOR_COLOR,
  CORRIDOR_DASH,
  CORRIDOR_WIDTH,
  HIGHLIGHT,
  SELECTION,
  UNSOURCED_DASH,
  UNSOURCED_LINE,
} from '../colors';
import type { BuildContext } from './common';
import { featureId } from './common';

const kindOf = (f: Feature): CorridorKind => {
  const k = f.properties?.kind;
  return (CORRIDOR_KINDS as readonly string[]).includes(k) ? (k as CorridorKind) : 'provincial_road';
};
const statusOf = (f: Feature): CorridorStatus => {
  const s = f.properties?.status;
  return (CORRIDOR_STATUSES as readonly string[]).includes(s) ? (s as CorridorStatus) : 'planned';
};

const dash = new PathStyleExtension({ dash: true });

export function corridorLayers(features: Feature[], ctx: BuildContext): Layer[] {
  const selected = ctx.selectedId ? features.filter((f) => featureId(f) === ctx.selectedId) : [];
  const layers: Layer[] = [];
  if (selected.length) {
    // A wide halo under the selected line.
    layers.push(
      new GeoJsonLayer({
        id: 'corridors-selected',
        data: selected,
        stroked: true,
        filled: false,
        getLineColor: SELECTION,
        getLineWidth: (f: Feature) => CORRIDOR_WIDTH[kindOf(f)] + 6,
        lineWidthUnits: 'pixels',
        lineCapRounded: true,
        lineJointRounded: true,
      }),
    );
  }
  layers.push(
    new GeoJsonLayer({
      id: 'corridors',
      data: features,
      stroked: true,
      filled: false,
      // An unsourced sketch is grey and dotted, so it never looks like a sourced line.
      getLineColor: (f: Feature) => (isUnsourced(f.properties) ? UNSOURCED_LINE : CORRIDOR_COLOR[kindOf(f)]),
      getLineWidth: (f: Feature) => CORRIDOR_WIDTH[kindOf(f)],
      lineWidthUnits: 'pixels',
      lineWidthMinPixels: 1,
      lineJointRounded: true,
      pickable: true,
      autoHighlight: true,
      highlightColor: HIGHLIGHT,
      extensions: [dash],
      getDashArray: (f: Feature) => (isUnsourced(f.properties) ? UNSOURCED_DASH : CORRIDOR_DASH[statusOf(f)]),
      dashJustified: true,
    }),
  );
  return layers;
}
