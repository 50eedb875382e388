// The parts of PlanningMap that load their code the first time they are used, each its own chunk:
// the online OSM basemap (osm-basemap.ts), the annotations (annotation-layer.ts) and the print/PNG
// capture (print/capture.ts). An embed or a map that never uses them never downloads them. They are
// kept apart from the class because each is a small state machine of "wanted, loading, loaded"
// around a dynamic import, and none of them touches the data layers or the camera.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapFrame } from '../print/capture';
import type { AnnotationLayer } from './annotation-layer';
import type { NativeLayers } from './native/NativeLayers';
import type { OsmBasemap, OsmStatus } from './osm-basemap';

export interface ExtrasHooks {
  /** The online basemap's attribution (HTML from the app's own table, never user text). */
  osmAttribution: string;
  /** The map's native layers once its style has loaded (null before): the online basemap goes under them. */
  native: () => NativeLayers | null;
  onOsmStatus: (status: OsmStatus) => void;
}

export class MapExtras {
  private disposed = false;
  private osm = false;
  private osmBasemap: OsmBasemap | null = null;
  private osmLoading: Promise<void> | null = null;
  private annotations: AnnotationLayer | null = null;
  private annotationsLoading: Promise<void> | null = null;
  private annotationArgs: Parameters<AnnotationLayer['set']> | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly hooks: ExtrasHooks,
  ) {}

  /** Wants the online basemap on or off (applied at once when it can be, else when the style loads). */
  setOsm(on: boolean): void {
    this.osm = on;
    this.applyOsm();
  }

  /** Turns the online basemap on or off; a map where it was never on never loads its code. */
  applyOsm(): void {
    if (this.osmBasemap) {
      this.osmBasemap.set(this.osm, this.hooks.native() !== null);
      return;
    }
    if (!this.osm) return;
    this.osmLoading ??= import('./osm-basemap').then(({ OsmBasemap }) => {
      if (this.disposed) return;
      this.osmBasemap = new OsmBasemap(this.map, {
        attribution: this.hooks.osmAttribution,
        // Above the offline basemap, below every data layer.
        beforeId: () => this.hooks.native()?.bottomLayer,
        onStatus: this.hooks.onOsmStatus,
      });
      this.applyOsm();
    });
  }

  /** The user's annotations and the one being drawn (see AnnotationLayer.set for the arguments). */
  setAnnotations(...args: Parameters<AnnotationLayer['set']>): void {
    this.annotationArgs = args;
    if (this.annotations) {
      this.annotations.set(...args);
      return;
    }
    // A map that never has an annotation never loads their drawing code (its own chunk).
    const [list, drawing] = args;
    if (list.length === 0 && !drawing) return;
    this.annotationsLoading ??= import('./annotation-layer').then(({ AnnotationLayer }) => {
      if (this.disposed) return;
      this.annotations = new AnnotationLayer(this.map);
      this.annotations.set(...this.annotationArgs!);
    });
  }

  /**
   * The map as an image in one frame (print/capture.ts's captureMap); `pixelRatio`: image pixels
   * per CSS pixel (default: the screen's); `matchDeck` resizes deck.gl's drawing buffer after each
   * change of MapLibre's pixel ratio. Rejects when the capture chunk cannot be loaded.
   */
  async capture(pixelRatio: number | undefined, matchDeck: () => void): Promise<MapFrame> {
    // The capture code loads with the first print or PNG (its own chunk; an embed never needs it).
    const { captureMap } = await import('../print/capture');
    return captureMap(this.map, pixelRatio, matchDeck);
  }

  /** Stops the online basemap's probes and retries; pending loads then add nothing. */
  dispose(): void {
    this.disposed = true;
    this.osmBasemap?.dispose();
  }
}
