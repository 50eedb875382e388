import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature } from 'geojson';
import { PLACE_KINDS, type PlaceKind } from '../../data/schema';
import { HIGHLIGHT, PLACE_COLOR, SELECTION } from '../colors';
import { anchorOf, type BuildContext, chipTextLayer, featureId, type Label, nameOf } from './common';

const kindOf = (f: Feature): PlaceKind => {
  const k = f.properties?.kind;
  return (PLACE_KINDS as readonly string[]).includes(k) ? (k as PlaceKind) : 'admin';
};

/** Zoom from which place names are drawn. */
export const PLACE_LABEL_ZOOM = 11.5;

export function placeLayers(features: Feature[], ctx: BuildContext): Layer[] {
  const points = features.filter((f) => anchorOf(f));
  return [
    new ScatterplotLayer<Feature>({
      id: 'places',
      data: points,
      getPosition: (f) => anchorOf(f)!,
      getFillColor: (f) => PLACE_COLOR[kindOf(f)],
      getLineColor: (f) => (featureId(f) === ctx.selectedId ? SELECTION : [255, 255, 255, 255]),
      getLineWidth: (f) => (featureId(f) === ctx.selectedId ? 3 : 1.5),
      getRadius: (f) => (featureId(f) === ctx.selectedId ? 8 : 6),
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      stroked: true,
      filled: true,
      pickable: true,
      autoHighlight: true,
      highlightColor: HIGHLIGHT,
      updateTriggers: {
        getLineColor: ctx.selectedId,
        getLineWidth: ctx.selectedId,
        getRadius: ctx.selectedId,
      },
    }),
  ];
}

export function placeLabelLayer(features: Feature[], ctx: BuildContext): Layer | null {
  if (!ctx.fontsReady || ctx.zoom < PLACE_LABEL_ZOOM) return null;
  // Several places share one point (EIU hosts the incubator and the FabLab; the New City centre
  // hosts the S&T region): one label per point, one line per place, instead of overprinted text.
  const byPoint = new Map<string, Label>();
  for (const f of features) {
    const position = anchorOf(f);
    if (!position) continue;
    const key = `${position[0].toFixed(6)},${position[1].toFixed(6)}`;
    const label = byPoint.get(key);
    if (label) label.text += `\n${nameOf(f, ctx.lang)}`;
    else byPoint.set(key, { position, text: nameOf(f, ctx.lang), id: featureId(f) });
  }
  const data = [...byPoint.values()];
  return chipTextLayer('places-labels', data, {
    getSize: 12,
    getTextAnchor: 'start',
    getPixelOffset: [10, 0],
    // The collision filter hides every offset label of this layer (deck.gl 9.4); places are few.
    extensions: [],
  });
}
