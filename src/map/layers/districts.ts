import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { DISTRICT_LINE, HIGHLIGHT, SELECTION } from '../colors';
import { anchorOf, type BuildContext, featureId, type Label, nameOf, textLayer } from './common';

export function districtLayers(features: Feature[], ctx: BuildContext): Layer[] {
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: 'districts',
      data: features,
      // A near-transparent fill: invisible, but it makes a click anywhere inside a district pick it.
      filled: true,
      getFillColor: [255, 255, 255, 1],
      stroked: true,
      getLineColor: DISTRICT_LINE,
      getLineWidth: 1.6,
      lineWidthUnits: 'pixels',
      pickable: true,
      autoHighlight: true,
      highlightColor: HIGHLIGHT,
    }),
  ];
  const selected = ctx.selectedId ? features.filter((f) => featureId(f) === ctx.selectedId) : [];
  if (selected.length) {
    layers.push(
      new GeoJsonLayer({
        id: 'districts-selected',
        data: selected,
        filled: false,
        stroked: true,
        getLineColor: SELECTION,
        getLineWidth: 4,
        lineWidthUnits: 'pixels',
      }),
    );
  }
  return layers;
}

export function districtLabelLayer(
  features: Feature[],
  ctx: BuildContext,
  labelPoints: ReadonlyMap<string, [number, number]>,
): Layer | null {
  if (!ctx.fontsReady) return null;
  const data: Label[] = [];
  for (const f of features) {
    const position = labelPoints.get(String(f.properties?.code)) ?? anchorOf(f);
    const name = nameOf(f, ctx.lang);
    if (position)
      data.push({
        position,
        text: ctx.zoom < SHORT_NAME_ZOOM ? shortDistrictName(name) : name,
        id: featureId(f),
      });
  }
  return textLayer('districts-labels', data, {
    getSize: ctx.zoom >= 10 ? 15 : 13,
    fontWeight: 700,
    updateTriggers: { getSize: ctx.zoom >= 10 },
  });
}

/** Below this zoom (the whole province on a phone) district labels drop their unit type. */
export const SHORT_NAME_ZOOM = 9.5;

/** "Thành phố Thủ Dầu Một" → "Thủ Dầu Một", "Bau Bang District" → "Bau Bang". */
export function shortDistrictName(name: string): string {
  return name.replace(/^(Thành phố|Thị xã|Huyện|Quận)\s+/u, '').replace(/\s+(City|District|Town)$/u, '');
}
