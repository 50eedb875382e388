// What the map hands deck.gl for the large imported layers (issue 10 §2): per chunk, whether it is
// near the view and at which level of detail (points or shapes), from the map's view; and drawBig,
// which hands that to deck.gl and tells when it is drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BinaryChunk } from '../data/binary/types';
import { bigLayersDrawn } from '../state/big-drawn';
import type { MapDeck } from './analysis-overlay';
import { chunkFilterProps } from './deck/big-filter-props';
import { BIG_OUTLINE_ZOOM, type BigChunkDraw, bigChunkDraw, chunkInView } from './deck/big-layer-props';
import { ChunkTriangles } from './deck/chunk-triangles';
import { shapeZoom } from './deck/feature-points';
import type { NativeLayers } from './native/NativeLayers';
import type { BigLayerInput } from './types';

export interface BigView {
  /** The view's box grown by half its size each way (a pan shows chunks already drawn). */
  bounds: [number, number, number, number];
  outlines: boolean;
  zoom: number;
}

/** The map's view as large layers use it. */
export function bigViewOf(map: MapLibreMap): BigView {
  const b = map.getBounds();
  const w = (b.getEast() - b.getWest()) / 2;
  const h = (b.getNorth() - b.getSouth()) / 2;
  return {
    bounds: [b.getWest() - w, b.getSouth() - h, b.getEast() + w, b.getNorth() + h],
    outlines: map.getZoom() >= BIG_OUTLINE_ZOOM,
    zoom: map.getZoom(),
  };
}

/**
 * A key of what `view` selects of the layers' chunks: per chunk 0 not near the view, 1 drawn as
 * points, 2 as shapes (see bigChunkDraw); a move that keeps the key changes nothing drawn.
 */
export function cullingKey(layers: readonly BigLayerInput[], view: BigView): string {
  const on = layers.map((l) =>
    l.chunks.map((c) => (chunkInView(c, view.bounds) ? (view.zoom >= shapeZoom(c) ? 2 : 1) : 0)).join(''),
  );
  return `${view.outlines}:${on.join('|')}`;
}

/**
 * The deck.gl draw of every chunk of `layers` for `view`, each before its layer's style layer. A
 * chunk the view wants as shapes is drawn so only when `shapesReady(chunk)` says its triangles are
 * there (asked only of such chunks: it may start making them), else as points meanwhile.
 */
export function chunkDraws(
  layers: readonly BigLayerInput[],
  view: BigView,
  beforeIdFor: (layerId: string) => string,
  shapesReady: (chunk: BinaryChunk) => boolean = () => true,
): BigChunkDraw[] {
  return layers.flatMap((l) => {
    const beforeId = beforeIdFor(l.id);
    return l.chunks.map((c, n) => {
      const visible = l.visible && chunkInView(c, view.bounds);
      const zoom = shapeZoom(c);
      const shapes = !visible || view.zoom < zoom || shapesReady(c);
      return bigChunkDraw(l.description, n, c, {
        opacity: l.opacity,
        visible,
        beforeId,
        zoom: view.zoom,
        shapeZoom: shapes ? zoom : Number.POSITIVE_INFINITY,
        filter: l.filter ? chunkFilterProps(l.filter, c, n) : undefined,
      });
    });
  });
}

/**
 * The chunks' triangles, made on demand (chunk-triangles.ts); `redraw` is called once per frame in
 * which some arrived. Here rather than in MapOverlays so that it loads with deck.gl, off the
 * embed's first paint.
 */
export function chunkTriangles(redraw: () => void): ChunkTriangles {
  let queued = false;
  return new ChunkTriangles(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      redraw();
    });
  });
}

/**
 * Hands `deck` the draw of `layers` for the map's view, each before its style layer (`native`),
 * and repaints. Once the map has rendered it, `rendered` gets the chunks held, those drawn, those
 * drawn as shapes, and whether a chunk to be drawn still waits for a later frame (MapDeck.setBig's
 * budget); with none waiting, the layers are reported drawn (an import waits for its first chunk:
 * state/big-drawn.ts). Here rather than in MapOverlays to load with deck.gl (see there).
 */
export function drawBig(
  map: MapLibreMap,
  deck: MapDeck,
  layers: readonly BigLayerInput[],
  native: NativeLayers,
  triangles: ChunkTriangles | null,
  rendered: (held: number, drawn: number, shapes: number, waiting: boolean) => void,
): void {
  const props = chunkDraws(
    layers,
    bigViewOf(map),
    (id) => native.beforeIdFor(id),
    (chunk) => triangles?.ready(chunk) ?? true,
  );
  const waiting = deck.setBig(props);
  const drawn = deck.bigDrawn;
  const shapes = deck.bigShapesDrawn;
  map.once('render', () => {
    rendered(props.length, drawn, shapes, waiting);
    if (!waiting) bigLayersDrawn(layers);
  });
  map.triggerRepaint();
}
