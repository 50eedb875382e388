// deck.gl, kept for what it is good at here: the analysis overlays (zones, connectors, measure) and
// the large imported layers (binary chunks, issue 10 §2), interleaved into MapLibre's layer stack
// through ONE MapLibreOverlay per map (deck.gl allows one interleaved overlay per map). It is added
// to the map only when something first has to be drawn, so a plain map never compiles deck.gl's
// shaders; this module is loaded with import() for the same reason.
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BigChunkProps } from './deck/big-layer-props';
import { parseChunkLayerId } from './deck/big-layer-props';
import { type AnalysisOverlay, analysisLayers, analysisZoneLayer } from './layers/analysis';

/** A large layer's feature under the pointer: its layer and layer-wide feature ordinal. */
export interface BigPick {
  layerId: string;
  ordinal: number;
}

export class MapDeck {
  private overlay: MapLibreOverlay | null = null;
  private analysis: Layer[] = [];
  private big: Layer[] = [];
  /** The last GeoJsonLayer made per chunk id, reused while its props are unchanged. */
  private chunkLayers = new Map<string, { props: BigChunkProps; layer: Layer }>();

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
   * Draws the large layers' chunks, bottom first. A chunk whose props are unchanged keeps its layer
   * object; a changed one (opacity, visibility, place) gets a new layer over the same `data`
   * object, which deck.gl matches by id and does not upload again.
   */
  setBig(chunks: readonly BigChunkProps[]): void {
    const next = new Map<string, { props: BigChunkProps; layer: Layer }>();
    for (const props of chunks) {
      const old = this.chunkLayers.get(props.id);
      const same =
        old && (Object.keys(props) as (keyof BigChunkProps)[]).every((k) => old.props[k] === props[k]);
      next.set(props.id, same ? old : { props, layer: new GeoJsonLayer(props as never) as unknown as Layer });
    }
    this.chunkLayers = next;
    this.big = [...next.values()].map((c) => c.layer);
    this.apply();
  }

  private apply(): void {
    const layers = [...this.big, ...this.analysis];
    if (layers.length > 0 && !this.overlay) {
      this.overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
      this.map.addControl(this.overlay);
    }
    this.overlay?.setProps({ layers });
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
      .filter(({ props: { visible, data } }) => {
        const box = data.bbox;
        return (
          visible && box !== null && box[0] <= b.lng && box[2] >= a.lng && box[1] <= b.lat && box[3] >= a.lat
        );
      })
      .map((c) => c.props.id);
    if (!this.overlay || layerIds.length === 0) return [];
    let info: { layer?: { id: string } | null; index: number } | null;
    try {
      info = this.overlay.pickObject({ x: point.x, y: point.y, radius, layerIds });
    } catch {
      // deck.gl not initialised yet (its first frame not drawn): nothing is on screen to pick.
      return [];
    }
    const chunk = info?.layer ? parseChunkLayerId(info.layer.id) : null;
    return chunk && info && info.index >= 0 ? [{ layerId: chunk.layerId, ordinal: info.index }] : [];
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
    try {
      if (this.overlay && this.map.hasControl(this.overlay)) this.map.removeControl(this.overlay);
    } catch {
      // the map is going away anyway
    }
  }
}
