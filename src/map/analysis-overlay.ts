// deck.gl, kept for what it is good at here: the analysis overlays (zones, connectors, measure),
// interleaved into MapLibre's layer stack through one MapLibreOverlay. It is added to the map only
// when an overlay first has something to draw, so a plain map never compiles deck.gl's shaders.
import type { Layer } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type AnalysisOverlay, analysisLayers, analysisZoneLayer } from './layers/analysis';

export class AnalysisDeck {
  private overlay: MapLibreOverlay | null = null;

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
    if (layers.length > 0 && !this.overlay) {
      this.overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
      this.map.addControl(this.overlay);
    }
    this.overlay?.setProps({ layers });
    return [zone ? 'zone' : '', ...rest.map((l) => l.id.replace(/^analysis-/, ''))].filter(Boolean);
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
