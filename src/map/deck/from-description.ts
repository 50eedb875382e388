// A layer description drawn by deck.gl: the props of one GeoJsonLayer, with every accessor built
// from the description's ColorRule / NumberRule data (src/layers/evaluate.ts). For large layers
// (binary data, analysis results); the curated layers draw through MapLibre (../native/). Pure: the
// caller makes `new GeoJsonLayer(props)`, so this module loads no deck.gl code.
import type { Feature } from 'geojson';
import type { LayerDescription } from '../../layers/description';
import { colorOf, colorWithMissing, isMissingValue, numberOf, rgbaOf } from '../../layers/evaluate';
import type { LayerStyle } from '../../layers/style';

type RGBA = [number, number, number, number];

/** How much of its alpha a feature outside `highlight` keeps. */
export const DIMMED = 0.25;

export interface DeckLayerInput {
  features: Feature[];
  /** 0–1; omitted: the description's. */
  opacity?: number;
  /** Replaces the description's style while set. */
  style?: LayerStyle;
  /** Feature ids drawn normally; every other feature dimmed. null/absent: none dimmed. */
  highlight?: string[] | null;
}

/** The GeoJsonLayer props this module sets (a subset of deck.gl's GeoJsonLayerProps). */
export interface DeckGeoJsonProps {
  id: string;
  data: Feature[];
  opacity: number;
  filled: boolean;
  stroked: boolean;
  pickable: boolean;
  getFillColor: (f: Feature) => RGBA;
  getLineColor: (f: Feature) => RGBA;
  getLineWidth: (f: Feature) => number;
  getPointRadius: (f: Feature) => number;
  lineWidthUnits: 'pixels';
  pointRadiusUnits: 'pixels';
  /** A new value whenever the style or highlight changes, so deck.gl re-runs the accessors. */
  updateTriggers: Record<string, unknown>;
}

const NONE: RGBA = [0, 0, 0, 0];

/** deck.gl GeoJsonLayer props for `d` drawn with `input` (its style override and highlight). */
export function deckLayerProps(d: LayerDescription, input: DeckLayerInput): DeckGeoJsonProps {
  const style = input.style ?? d.style;
  const { fill, line, point, missing } = style;
  const lit = input.highlight ? new Set(input.highlight) : null;
  const dim = (f: Feature, c: RGBA): RGBA =>
    lit && !lit.has(String(f.properties?.id)) ? [c[0], c[1], c[2], Math.round(c[3] * DIMMED)] : c;
  const withAlpha = (c: RGBA, opacity: number): RGBA => [c[0], c[1], c[2], Math.round(c[3] * opacity)];
  const flagged = (f: Feature) => !!line?.flagged && isMissingValue(f.properties?.[line.flagged.field]);
  const isPoint = (f: Feature) => f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint';

  const getFillColor = (f: Feature): RGBA => {
    if (isPoint(f))
      return point ? dim(f, rgbaOf(colorWithMissing(point.color, missing, f.properties))) : NONE;
    if (!fill) return NONE;
    return dim(f, withAlpha(rgbaOf(colorWithMissing(fill.color, missing, f.properties)), fill.opacity));
  };
  const getLineColor = (f: Feature): RGBA => {
    if (isPoint(f)) return point?.strokeColor ? dim(f, rgbaOf(point.strokeColor)) : NONE;
    if (!line) return NONE;
    if (flagged(f)) return dim(f, rgbaOf(line.flagged!.color));
    if (missing && isMissingValue(f.properties?.[missing.field])) return dim(f, rgbaOf(missing.color));
    return dim(f, rgbaOf(colorOf(line.color, f.properties)));
  };
  return {
    id: d.id,
    data: input.features,
    opacity: input.opacity ?? d.opacity,
    filled: !!fill || !!point,
    stroked: !!line || !!point?.strokeColor,
    pickable: true,
    getFillColor,
    getLineColor,
    getLineWidth: (f) =>
      isPoint(f)
        ? (point?.strokeWidth ?? 1)
        : flagged(f)
          ? line!.flagged!.width
          : line
            ? numberOf(line.width, f.properties)
            : 0,
    getPointRadius: () => point?.radius ?? 0,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    updateTriggers: {
      getFillColor: [style, input.highlight ?? null],
      getLineColor: [style, input.highlight ?? null],
      getLineWidth: [style],
      getPointRadius: [style],
    },
  };
}
