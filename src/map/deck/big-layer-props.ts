// A large layer drawn by deck.gl (issue 10 §2): one GeoJsonLayer per binary chunk, ids
// `<layerId>#<n>`, positions as float32 offsets from the chunk's origin (LNGLAT_OFFSETS with the
// chunk's coordinateOrigin). A fixed colour and the widths are constants taken from the layer's
// description, so deck.gl fills no per-vertex colour buffer (a constant accessor becomes a constant
// attribute); a colour by a column is a per-vertex attribute of the chunk's data computed once per
// chunk and style (chunk-colors.ts). The per-vertex work left is deck.gl's picking colours and
// path tessellation. Pure: the caller makes
// `new GeoJsonLayer(props)`, so this module loads no deck.gl code.
import type { BinaryChunk } from '../../data/binary/types';
import type { LayerDescription } from '../../layers/description';
import { rgbaOf } from '../../layers/evaluate';
import type { ColorRule, LayerStyle } from '../../layers/style';
import type { ChunkFilterProps } from './big-filter-props';

type RGBA = [number, number, number, number];

/** deck.gl's COORDINATE_SYSTEM.LNGLAT_OFFSETS (a string constant in deck.gl 9). */
export const LNGLAT_OFFSETS = 'lnglat-offsets';

/** The deck.gl layer id of a large layer's n-th chunk. */
export const chunkLayerId = (layerId: string, n: number): string => `${layerId}#${n}`;

/** The large layer and chunk index of a chunk layer id; null for any other id. */
export function parseChunkLayerId(id: string): { layerId: string; n: number } | null {
  const m = /^(.+)#(\d+)(?:\.p)?$/.exec(id);
  return m ? { layerId: m[1]!, n: Number(m[2]) } : null;
}

export interface BigChunkProps extends Partial<ChunkFilterProps> {
  id: string;
  data: BinaryChunk;
  coordinateSystem: typeof LNGLAT_OFFSETS;
  coordinateOrigin: [number, number, number];
  opacity: number;
  visible: boolean;
  filled: boolean;
  stroked: boolean;
  pickable: true;
  getFillColor: RGBA;
  getLineColor: RGBA;
  getLineWidth: number;
  getPointRadius: number;
  lineWidthUnits: 'pixels' | 'meters';
  pointRadiusUnits: 'pixels' | 'meters';
  /** With units of metres (a layer of points): the on-screen bounds of the radius, CSS pixels. */
  pointRadiusMinPixels?: number;
  pointRadiusMaxPixels?: number;
  /** With units of metres: the ring's largest width, CSS pixels. */
  lineWidthMaxPixels?: number;
  /** The style layer this chunk is drawn under (its place in the layer order). */
  beforeId: string;
  /**
   * The description's style when it colours by a column (null: fixed colours only). MapDeck draws
   * `coloredChunk(data, colorStyle)` (chunk-colors.ts: per-vertex colours, cached per chunk and
   * style) when it makes the layer, so a chunk never drawn never computes its colours.
   */
  colorStyle: LayerStyle | null;
}

const byColumn = (r: ColorRule | undefined) => r !== undefined && r.type !== 'fixed';

/** `d.style` when one of its colour rules is by a column, else null (same object: props compare). */
export function colorStyleOf(d: LayerDescription): LayerStyle | null {
  const { fill, line, point } = d.style;
  return byColumn(fill?.color) || byColumn(line?.color) || byColumn(point?.color) ? d.style : null;
}

/**
 * One colour for a rule: a fixed colour as it is. A category or class rule is drawn per feature by
 * the chunk's colour attributes (chunk-colors.ts), which deck.gl prefers over the constant; the
 * constant (the rule's fallback colour) only decides `filled`/`stroked` and the alpha's floor.
 */
function constantColor(rule: ColorRule): string {
  if (rule.type === 'fixed') return rule.color;
  return rule.type === 'category' ? rule.other : rule.missing;
}

const withAlpha = (c: RGBA, a: number): RGBA => [c[0], c[1], c[2], Math.round(c[3] * a)];

/** The constant colours and sizes of a description's style (fill × its opacity; points' colour). */
export function bigLayerPaint(d: LayerDescription): {
  fill: RGBA | null;
  line: RGBA | null;
  lineWidth: number;
  pointRadius: number;
} {
  const { fill, line, point } = d.style;
  // deck.gl's GeoJsonLayer fills points with getFillColor and rings them with getLineColor.
  const fillColor = fill ? withAlpha(rgbaOf(constantColor(fill.color)), fill.opacity) : null;
  const pointColor = point ? rgbaOf(constantColor(point.color)) : null;
  return {
    fill: fillColor ?? pointColor,
    line: line ? rgbaOf(constantColor(line.color)) : point?.strokeColor ? rgbaOf(point.strokeColor) : null,
    lineWidth: line
      ? typeof line.width === 'number'
        ? line.width
        : line.width.other
      : (point?.strokeWidth ?? 0),
    pointRadius: point?.radius ?? 0,
  };
}

/**
 * Below this zoom a large layer's polygons are drawn without outlines: a parcel of tens of metres is
 * a pixel or less there, and the outlines (deck.gl's PathLayer: tessellated on the main thread,
 * about a dozen vertices per segment) cost far more to draw than the fills.
 */
export const BIG_OUTLINE_ZOOM = 13;

/** Whether a chunk's box meets `bounds` ([w, s, e, n]); a chunk with no located feature never does. */
export function chunkInView(chunk: BinaryChunk, bounds: readonly [number, number, number, number]): boolean {
  const b = chunk.bbox;
  return b !== null && b[0] <= bounds[2] && b[2] >= bounds[0] && b[1] <= bounds[3] && b[3] >= bounds[1];
}

/**
 * The GeoJsonLayer props of chunk `n` of large layer `d`. `visible`: the layer is on and the chunk
 * is in (or near) the view; `outlines`: polygon outlines drawn (see BIG_OUTLINE_ZOOM).
 */
export function bigChunkProps(
  d: LayerDescription,
  n: number,
  chunk: BinaryChunk,
  view: {
    opacity: number;
    visible: boolean;
    beforeId: string;
    outlines?: boolean;
    filter?: ChunkFilterProps;
  },
): BigChunkProps {
  const paint = bigLayerPaint(d);
  const none: RGBA = [0, 0, 0, 0];
  return {
    id: chunkLayerId(d.id, n),
    data: chunk,
    colorStyle: colorStyleOf(d),
    coordinateSystem: LNGLAT_OFFSETS,
    coordinateOrigin: [chunk.origin[0], chunk.origin[1], 0],
    opacity: view.opacity,
    visible: view.visible,
    filled: paint.fill !== null,
    stroked:
      paint.line !== null && paint.lineWidth > 0 && (view.outlines !== false || d.geometry !== 'polygon'),
    pickable: true,
    getFillColor: paint.fill ?? none,
    getLineColor: paint.line ?? none,
    getLineWidth: paint.lineWidth,
    getPointRadius: paint.pointRadius,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    ...(d.geometry === 'point' ? pointSizes(paint) : {}),
    beforeId: view.beforeId,
    ...view.filter,
  };
}

/** Radius of a large point layer's dots on the ground, metres (see pointSizes). */
export const BIG_POINT_METRES = 25;
/** Width of their white ring on the ground, metres. */
export const BIG_POINT_RING_METRES = 5;

/**
 * A large layer of points sized on the ground, within pixel bounds: tens of thousands of 5-px dots
 * with white rings merge into one blot at the province's zoom. In metres a dot is BIG_POINT_RADIUS px
 * (the level-of-detail points' size) zoomed out and grows to the style's radius from about zoom 14;
 * its ring, thinner than a pixel until then, does not drown the dot in white. Constants, not a
 * function of the zoom, so no redraw follows the camera.
 */
function pointSizes(paint: { pointRadius: number; lineWidth: number }) {
  return {
    getPointRadius: BIG_POINT_METRES,
    pointRadiusUnits: 'meters' as const,
    pointRadiusMinPixels: Math.min(BIG_POINT_RADIUS, paint.pointRadius),
    pointRadiusMaxPixels: paint.pointRadius,
    getLineWidth: BIG_POINT_RING_METRES,
    lineWidthUnits: 'meters' as const,
    lineWidthMaxPixels: paint.lineWidth,
  };
}

/** The deck.gl layer id of a large layer's n-th chunk drawn as points (see feature-points.ts). */
export const chunkPointsLayerId = (layerId: string, n: number): string => `${layerId}#${n}.p`;

/** Radius of a large layer's feature points, CSS pixels. */
export const BIG_POINT_RADIUS = 1.5;

/**
 * The ScatterplotLayer props of chunk `n` drawn as points, without `data` (MapDeck adds the
 * chunk's featurePoints when it makes the layer, so a chunk never drawn as points never computes
 * them). The colour is the layer's fill with its alpha raised to at least 160: a point stands for a
 * whole feature, and at the fill's own 0.35 a scatter of 3-px dots would barely show.
 */
export function bigPointProps(
  d: LayerDescription,
  n: number,
  chunk: BinaryChunk,
  view: { opacity: number; visible: boolean; beforeId: string; filter?: ChunkFilterProps },
): BigPointProps {
  const paint = bigLayerPaint(d);
  const c = paint.fill ?? paint.line ?? [0, 0, 0, 255];
  const minAlpha = 160;
  return {
    id: chunkPointsLayerId(d.id, n),
    coordinateSystem: LNGLAT_OFFSETS,
    coordinateOrigin: [chunk.origin[0], chunk.origin[1], 0],
    opacity: view.opacity,
    visible: view.visible,
    pickable: true,
    getFillColor: [c[0], c[1], c[2], Math.max(c[3], minAlpha)],
    colorStyle: colorStyleOf(d),
    minAlpha,
    getRadius: BIG_POINT_RADIUS,
    radiusUnits: 'pixels',
    stroked: false,
    antialiasing: false,
    beforeId: view.beforeId,
    ...view.filter,
  };
}

export interface BigPointProps extends Partial<ChunkFilterProps> {
  id: string;
  coordinateSystem: typeof LNGLAT_OFFSETS;
  coordinateOrigin: [number, number, number];
  opacity: number;
  visible: boolean;
  pickable: true;
  getFillColor: RGBA;
  /** As BigChunkProps.colorStyle: MapDeck gives the points their colours (chunk-colors.ts pointColors). */
  colorStyle: LayerStyle | null;
  /** The floor of the points' alpha (also of colours by a column). */
  minAlpha: number;
  getRadius: number;
  radiusUnits: 'pixels';
  stroked: false;
  /** Off: a 3-px dot needs no smoothed edge, and the edge's blending costs fragments in SwiftShader. */
  antialiasing: false;
  beforeId: string;
}

/** What MapDeck draws of one chunk: its shapes and its points, at most one of them visible. */
export interface BigChunkDraw {
  chunk: BinaryChunk;
  shapes: BigChunkProps;
  points: BigPointProps;
}

/**
 * Both levels of chunk `n` for a view at `zoom`: the shapes from `shapeZoom` (the zoom where the
 * chunk's typical feature reaches MIN_SHAPE_PX), the points below it; `visible` as in
 * bigChunkProps applies to whichever level is drawn.
 */
export function bigChunkDraw(
  d: LayerDescription,
  n: number,
  chunk: BinaryChunk,
  view: {
    opacity: number;
    visible: boolean;
    beforeId: string;
    zoom: number;
    shapeZoom: number;
    /** The layer's filter (big-filter-props.ts); none: drawn whole, without the extension. */
    filter?: { shapes: ChunkFilterProps; points: ChunkFilterProps } | undefined;
  },
): BigChunkDraw {
  const shapesOn = view.zoom >= view.shapeZoom;
  const { filter, ...rest } = view;
  return {
    chunk,
    shapes: bigChunkProps(d, n, chunk, {
      ...rest,
      visible: view.visible && shapesOn,
      outlines: view.zoom >= BIG_OUTLINE_ZOOM,
      ...(filter ? { filter: filter.shapes } : {}),
    }),
    points: bigPointProps(d, n, chunk, {
      ...rest,
      visible: view.visible && !shapesOn,
      ...(filter ? { filter: filter.points } : {}),
    }),
  };
}
