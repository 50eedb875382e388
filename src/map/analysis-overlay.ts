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

  destroy(): void {
    try {
      if (this.overlay && this.map.hasControl(this.overlay)) this.map.removeControl(this.overlay);
    } catch {
      // the map is going away anyway
    }
  }
}
