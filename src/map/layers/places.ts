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
  // Several places share a point or lie a few hundred metres apart (EIU hosts the incubator and the
  // FabLab; the New City centre, WTC and the administration centre are neighbours). Places closer
  // than LABEL_GAP_PX at the current zoom share one label, a line per place, instead of
  // overprinting each other. deck.gl's collision filter would hide them instead of listing them.
  // A label starts at its point and runs right, centred vertically on it.
  const data = groupLabels(features, ctx.zoom, (f) => nameOf(f, ctx.lang));
  return chipTextLayer('places-labels', data, {
    getSize: 12,
    getTextAnchor: 'start',
    getPixelOffset: [10, 0],
    // The collision filter hides every offset label of this layer (deck.gl 9.4); places are few.
    extensions: [],
  });
}

/** About the width of a place label, and the height of one line, in pixels. */
const LABEL_WIDTH_PX = 220;
const LINE_HEIGHT_PX = 16;

/** Greedy grouping of point labels whose text would overlap on screen at `zoom`. */
export function groupLabels(features: Feature[], zoom: number, name: (f: Feature) => string): Label[] {
  const groups: { label: Label; x: number; y: number; lines: number }[] = [];
  const scale = (256 * 2 ** zoom) / 360;
  for (const f of features) {
    const position = anchorOf(f);
    if (!position) continue;
    // Web Mercator pixels; the latitude term is exact enough over a province.
    const x = position[0] * scale;
    const y = (Math.log(Math.tan(Math.PI / 4 + (position[1] * Math.PI) / 360)) * 180 * scale) / Math.PI;
    const near = groups.find(
      (g) =>
        Math.abs(g.x - x) < LABEL_WIDTH_PX && Math.abs(g.y - y) < ((g.lines + 1) * LINE_HEIGHT_PX) / 2 + 4,
    );
    if (near) {
      near.label.text += `\n${name(f)}`;
      near.lines++;
    } else groups.push({ label: { position, text: name(f), id: featureId(f) }, x, y, lines: 1 });
  }
  return groups.map((g) => g.label);
}
