// deck.gl, kept for what it is good at here: the analysis overlays (zones, connectors, measure) and
// the large imported layers (binary chunks, issue 10 §2), interleaved into MapLibre's layer stack
// through ONE MapLibreOverlay per map (deck.gl allows one interleaved overlay per map). It is added
// to the map only when something first has to be drawn, so a plain map never compiles deck.gl's
// shaders; this module is loaded with import() for the same reason.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { withFeatureIds } from '../data/binary/feature-ids';
import type { BinaryChunk } from '../data/binary/types';
import type { FeatureRef } from '../state/selection';
import type { BigChunkDraw, BigChunkProps, BigPointProps } from './deck/big-layer-props';
import { parseChunkLayerId } from './deck/big-layer-props';
import { bigSelectedFeature, bigSelectionProps } from './deck/big-selection';
import { coloredChunk, pointColors } from './deck/chunk-colors';
import { featurePoints } from './deck/feature-points';
import { type AnalysisOverlay, analysisLayers, analysisZoneLayer } from './layers/analysis';

/** A large layer's feature under the pointer: its layer and layer-wide feature ordinal. */
export interface BigPick {
  layerId: string;
  ordinal: number;
}

/** A chunk's shapes or points layer as handed to deck.gl; `chunk` set for points (picking). */
interface BigLayerEntry {
  props: BigChunkProps | BigPointProps;
  layer: Layer;
  chunk?: BinaryChunk | undefined;
}

/** Share of the per-frame budget a new points layer takes (a new shapes layer takes all of it). */
const POINT_LAYER_COST = 0.2;

export class MapDeck {
  private overlay: MapLibreOverlay | null = null;
  private analysis: Layer[] = [];
  private big: Layer[] = [];
  /** The selected large-layer feature's outline (big-selection.ts), or none. */
  private selection: Layer[] = [];
  private selectedRef: FeatureRef | null = null;
  private selectedChunks: readonly BinaryChunk[] | undefined;
  /** The last GeoJsonLayer made per chunk id, reused while its props are unchanged. */
  private chunkLayers = new Map<string, BigLayerEntry>();
  /** What is left of this frame's budget for new layers (setBig), refilled at the next frame. */
  private budgetLeft = 1;
  private refill: number | null = null;

  constructor(
    private readonly map: MapLibreMap,
    /** Style layer the zone goes under (the park footprints, so matched parks show on it). */
    private readonly zoneBefore: string,
    /** Style layer the other overlays go under (the first label layer). */
    private readonly before: string,
  ) {}

  /** Draws `overlay`; returns the names of the layers drawn (for tests and debugging). */
  set(overlay: AnalysisOverlay): string[] {
    const zone = analysisZoneLayer(overlay);
    const rest = analysisLayers(overlay);
    const layers: Layer[] = [];
    if (zone) layers.push(zone.clone({ beforeId: this.zoneBefore } as never));
    for (const l of rest) layers.push(l.clone({ beforeId: this.before } as never));
    this.analysis = layers;
    this.apply();
    return [zone ? 'zone' : '', ...rest.map((l) => l.id.replace(/^analysis-/, ''))].filter(Boolean);
  }

  /**
   * Draws the large layers' chunks, bottom first, each as its shapes or its points (the level of
   * detail chosen in bigChunkDraw). A layer whose props are unchanged keeps its layer object; a
   * changed one (opacity, visibility, place) gets a new layer over the same `data` object, which
   * deck.gl matches by id and does not upload again; a level not drawn stays as a hidden layer once
   * made, so zooming back and forth does not rebuild it. A layer deck.gl has not seen is handed
   * over only when it is to be drawn, within a budget per call: deck.gl initialises every new layer
   * (picking indexes, polygon and outline attributes: about 0.1 s per 5,000 parcels on the test
   * machine) in its next frame, so layers arriving faster than frames would otherwise pile into one
   * long task (12 s for 1M parcels). A chunk's shapes take the whole budget; its points (one
   * instance per feature, a few ms) a fifth. The budget is per frame, not per call: calls come
   * from the store, from each chunk's triangles arriving and from moves, several between two
   * frames when chunks arrive fast, and a budget per call let them hand over several shapes layers
   * for one frame (a 1M import's frame then waited 4–5 s on SwiftShader for their uploads,
   * `CommandBufferProxyImpl::WaitForToken` in a trace). Returns true when a layer to be drawn is
   * still waiting: the caller calls again after the next frame.
   */
  setBig(draws: readonly BigChunkDraw[]): boolean {
    const next = new Map<string, BigLayerEntry>();
    let budget = this.budgetLeft;
    let waiting = false;
    const take = (props: BigChunkProps | BigPointProps, cost: number, make: () => Layer) => {
      const old = this.chunkLayers.get(props.id);
      if (!old && (!props.visible || budget < cost - 1e-9)) {
        waiting ||= props.visible;
        return;
      }
      if (!old) budget -= cost;
      const same =
        old && (Object.keys(props) as (keyof typeof props)[]).every((k) => old.props[k] === props[k]);
      next.set(props.id, same ? old : { props, layer: make(), chunk: old?.chunk });
    };
    for (const d of draws) {
      // Colours by a column (chunk-colors.ts) are computed here, when a layer is made, cached per
      // chunk and style: a chunk never drawn computes none, a remade one (opacity) reuses them.
      take(d.shapes, 1, () => {
        const { colorStyle, ...props } = d.shapes;
        // deck.gl's binary layers read an id per vertex: made now, for chunks drawn as shapes only.
        withFeatureIds(props.data);
        const data = colorStyle ? coloredChunk(props.data, colorStyle) : props.data;
        return new GeoJsonLayer({ ...props, data } as never) as unknown as Layer;
      });
      take(d.points, POINT_LAYER_COST, () => {
        const { colorStyle, minAlpha, ...props } = d.points;
        const pts = featurePoints(d.chunk);
        const colors = colorStyle ? pointColors(d.chunk, colorStyle, minAlpha) : null;
        const attributes = {
          getPosition: { value: pts.positions, size: 2 },
          ...(colors ? { getFillColor: { value: colors, size: 4, normalized: true } } : {}),
        };
        return new ScatterplotLayer({
          ...props,
          data: { length: pts.length, attributes },
        } as never) as unknown as Layer;
      });
      const p = next.get(d.points.id);
      if (p) p.chunk = d.chunk;
    }
    this.chunkLayers = next;
    this.big = [...next.values()].map((c) => c.layer);
    this.budgetLeft = budget;
    if (budget < 1 && this.refill === null) {
      this.refill = requestAnimationFrame(() => {
        this.refill = null;
        this.budgetLeft = 1;
      });
    }
    this.apply();
    return waiting;
  }

  /** Chunks drawn as shapes (their triangles made, zoomed in far enough), as opposed to points. */
  get bigShapesDrawn(): number {
    let n = 0;
    for (const [id, c] of this.chunkLayers) if (c.props.visible && !id.endsWith('.p')) n++;
    return n;
  }

  /** Chunks handed to deck.gl and drawn (near the view, layer on). */
  get bigDrawn(): number {
    let n = 0;
    for (const c of this.chunkLayers.values()) if (c.props.visible) n++;
    return n;
  }

  private apply(): void {
    const layers = [...this.big, ...this.selection, ...this.analysis];
    if (layers.length > 0 && !this.overlay) {
      // Picking off (deck.gl's `_pickable`) except inside pickBig: see pickBig.
      this.overlay = new MapLibreOverlay({ interleaved: true, layers: [], _pickable: false });
      this.map.addControl(this.overlay);
      this.detachPointerPicking(this.overlay);
    }
    this.overlay?.setProps({ layers });
  }

  /**
   * Removes the overlay's mouse listeners. deck.gl answers every mouse move with a hover picking
   * pass, and every mouse down and click with another, each drawing every pickable chunk again:
   * seconds per pass for 100k parcels in software WebGL, on every drag of the map (the large-layer
   * bench's pans). Nothing here uses deck.gl's events (the analysis layers are not pickable; a
   * click reaches the large layers through pickBig), so they are turned off. The listener is a
   * private field of @deck.gl/maplibre 9's overlay, added to the map in onAdd; if it is renamed,
   * hover picking comes back (slow, not wrong), which the bench's pan rows show.
   */
  private detachPointerPicking(overlay: MapLibreOverlay): void {
    const handler = (overlay as unknown as { _handleMouseEvent?: (e: unknown) => void })._handleMouseEvent;
    if (!handler) return;
    for (const type of [
      'mousedown',
      'dragstart',
      'drag',
      'dragend',
      'mousemove',
      'mouseout',
      'click',
    ] as const)
      this.map.off(type, handler);
  }

  /**
   * The large layers' topmost feature within `radius` CSS pixels of `point` ([] or one). One
   * picking pass (deck.gl's pickObject): each further depth of pickMultipleObjects would draw every
   * chunk again, and parcels rarely overlap.
   */
  pickBig(point: { x: number; y: number }, radius: number): BigPick[] {
    // Only the chunks whose box holds the picked pixels: a picking pass draws every layer it is
    // given, and a file's features come in spatial-index order, so one or two chunks are enough.
    const a = this.map.unproject([point.x - radius, point.y + radius]);
    const b = this.map.unproject([point.x + radius, point.y - radius]);
    const layerIds = [...this.chunkLayers.values()]
      .filter(({ props, chunk }) => {
        const visible = props.visible;
        const box = ('data' in props ? props.data : chunk)?.bbox ?? null;
        return (
          visible && box !== null && box[0] <= b.lng && box[2] >= a.lng && box[1] <= b.lat && box[3] >= a.lat
        );
      })
      .map((c) => c.props.id);
    if (!this.overlay || layerIds.length === 0) return [];
    let info: { layer?: { id: string } | null; index: number } | null;
    // deck.gl's own pointer handling (its event manager on the map's canvas, apart from the map
    // listeners detachPointerPicking removes) picks on every pointer down and, in the next frame,
    // after every pointer move: a picking pass of every chunk drawn, then a synchronous readPixels
    // that waits for the GPU. In software WebGL that was 21 s of a 87-s profile of three pans over
    // 100k parcels (bench/big-layer-browser.ts). So the overlay is made with `_pickable: false`
    // (deck.gl's documented switch that turns every picking pass off) and picking is on only for
    // this call.
    this.overlay.setProps({ _pickable: true });
    try {
      info = this.overlay.pickObject({ x: point.x, y: point.y, radius, layerIds });
    } catch {
      // deck.gl not initialised yet (its first frame not drawn): nothing is on screen to pick.
      return [];
    } finally {
      this.overlay.setProps({ _pickable: false });
    }
    const chunk = info?.layer ? parseChunkLayerId(info.layer.id) : null;
    if (!chunk || !info?.layer || info.index < 0) return [];
    // A shapes layer reports the binary globalFeatureIds, chunk-local (types.ts): the ordinal is
    // chunk.first + it; a points layer reports the point's index, which its chunk's featurePoints
    // turns into the ordinal.
    const entry = this.chunkLayers.get(info.layer.id);
    const pointsOf = entry?.chunk;
    const shapesOf = entry && 'data' in entry.props ? entry.props.data : null;
    const ordinal = pointsOf
      ? featurePoints(pointsOf).ordinals[info.index]
      : shapesOf
        ? shapesOf.first + info.index
        : undefined;
    return ordinal === undefined ? [] : [{ layerId: chunk.layerId, ordinal }];
  }

  /**
   * Outlines the large-layer feature `ref` names (bigSelectedFeature over `layers`), above the
   * shapes and under the labels; none when `ref` is not a large layer's located feature. Returns
   * whether an outline is drawn.
   */
  setBigSelection(
    ref: FeatureRef | null,
    layers: readonly { id: string; chunks: readonly BinaryChunk[] }[],
  ): boolean {
    // The map hands its large layers over on every layer change (an opacity drag, a filter): the
    // outline is rebuilt only when the selection or the selected layer's chunks changed.
    const chunks = ref ? layers.find((l) => l.id === ref.layerId)?.chunks : undefined;
    if (ref === this.selectedRef && chunks === this.selectedChunks) return this.selection.length > 0;
    this.selectedRef = ref;
    this.selectedChunks = chunks;
    const feature = bigSelectedFeature(ref, layers);
    if (!feature && this.selection.length === 0) return false;
    this.selection = feature ? [new GeoJsonLayer(bigSelectionProps(feature, this.before) as never)] : [];
    this.apply();
    return feature !== null;
  }

  /**
   * Makes deck.gl draw to the canvas's present size, after MapLibre's setPixelRatio (a print
   * capture and its undoing). deck.gl attached to MapLibre's WebGL context has autoResize off and
   * keeps the drawing-buffer size it started with, so without this it draws a small copy in the
   * canvas's corner. The Deck is a private field of @deck.gl/maplibre 9's overlay (its
   * useDevicePixels prop is dropped in interleaved mode); setDrawingBufferSize is luma.gl's public
   * canvas-context API. If the field is renamed, the overlay is misplaced in print-resolution
   * images, which the print browser test catches.
   */
  matchCanvasSize(): void {
    type Ctx = { setDrawingBufferSize(w: number, h: number): void };
    const deck = (this.overlay as unknown as { _deck?: { device?: { canvasContext?: Ctx | null } } } | null)
      ?._deck;
    const canvas = this.map.getCanvas();
    deck?.device?.canvasContext?.setDrawingBufferSize(canvas.width, canvas.height);
  }

  destroy(): void {
    if (this.refill !== null) cancelAnimationFrame(this.refill);
    try {
      if (this.overlay && this.map.hasControl(this.overlay)) this.map.removeControl(this.overlay);
    } catch {
      // the map is going away anyway
    }
  }
}
