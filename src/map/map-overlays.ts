// What PlanningMap draws through deck.gl: the analysis overlay and the large imported layers' chunks.
// deck.gl is loaded (import(), its own chunk) with the first overlay or large layer to draw, so a
// plain map never downloads it; meanwhile the wanted state is kept and handed over once it is there.
// Separate from the class because this is its own lifecycle (loading, then one chunk more per frame)
// that touches nothing MapLibre draws natively; which chunks are drawn, and how, is big-draw.ts's,
// loaded with deck.gl (its ≈ 2 KB gzip stays out of the embed's first paint, 0.6 KB over its
// budget otherwise): until then a move has nothing of the large layers to cull.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureRef } from '../state/selection';
import type { MapDeck } from './analysis-overlay';
import type * as BigDraw from './big-draw';
import type { ChunkTriangles } from './deck/chunk-triangles';
import { type AnalysisOverlay, EMPTY_OVERLAY, isEmptyOverlay } from './layers/overlay-types';
import type { NativeLayers } from './native/NativeLayers';
import type { BigLayerInput } from './types';

export class MapOverlays {
  private deck: MapDeck | null = null;
  /** big-draw.ts, loaded with deck.gl. */
  private draw: typeof BigDraw | null = null;
  /** deck.gl is loaded (import()) with the first overlay or large layer to draw; pending meanwhile. */
  private deckLoading: Promise<void> | null = null;
  private analysis: AnalysisOverlay = EMPTY_OVERLAY;
  private big: readonly BigLayerInput[] = [];
  private selected: FeatureRef | null = null;
  private lastCulling = '';
  private bigQueued = false;
  private disposed = false;
  /** The chunks' triangles, made when their shapes are first drawn (loaded with deck.gl). */
  private triangles: ChunkTriangles | null = null;

  /** `native`: the map's native layers once its style has loaded (null before). */
  constructor(
    private readonly map: MapLibreMap,
    private readonly native: () => NativeLayers | null,
  ) {
    // Large layers draw only the chunks near the view (and outlines only zoomed in).
    map.on('move', () => {
      if (this.big.length > 0 && this.draw && this.bigCulling() !== this.lastCulling) this.applyBig();
    });
  }

  /** The deck.gl overlay once loaded (picking and capture use it), else null. */
  get current(): MapDeck | null {
    return this.deck;
  }

  /** What the analysis panel shows on the map (see layers/analysis.ts). */
  setAnalysis(overlay: AnalysisOverlay): void {
    if (overlay === this.analysis) return;
    this.analysis = overlay;
    this.applyAnalysis();
  }

  /** The large layers, each drawn before its style layer in the native layers' order. */
  setBig(layers: readonly BigLayerInput[]): void {
    if (layers === this.big) return;
    this.big = layers;
    this.applyBig();
    this.applySelection();
  }

  /** The selected feature: outlined here when it is a large layer's (big-selection.ts). */
  setSelection(ref: FeatureRef | null): void {
    if (ref === this.selected) return;
    this.selected = ref;
    this.applySelection();
  }

  private applySelection(): void {
    // Without deck.gl no large layer is drawn, so none of their features can be selected yet.
    if (!this.deck || this.disposed) return;
    const drawn = this.deck.setBigSelection(this.selected, this.big);
    // For tests: the large-layer feature outlined ('' when none).
    this.map.getContainer().dataset.bigSelected =
      drawn && this.selected ? `${this.selected.layerId}#${this.selected.featureId}` : '';
  }

  applyAnalysis(): void {
    if (!this.native()) return;
    if (!this.deck) {
      if (isEmptyOverlay(this.analysis)) this.map.getContainer().dataset.analysisLayers = '';
      else this.deckLoading ??= this.loadDeck();
      return;
    }
    // For tests and debugging: which analysis layers are on the map.
    this.map.getContainer().dataset.analysisLayers = this.deck.set(this.analysis).join(' ');
  }

  private bigCulling(): string {
    const draw = this.draw!;
    return draw.cullingKey(this.big, draw.bigViewOf(this.map));
  }

  applyBig(): void {
    const native = this.native();
    if (!native) return;
    const { deck, draw } = this;
    if (!deck || !draw) {
      if (this.big.some((l) => l.chunks.length > 0)) this.deckLoading ??= this.loadDeck();
      else this.markBig(0, 0, 0);
      return;
    }
    this.lastCulling = this.bigCulling();
    draw.drawBig(this.map, deck, this.big, native, this.triangles, (held, drawn, shapes, waiting) => {
      this.markBig(held, drawn, shapes);
      // One more chunk after each frame (see MapDeck.setBig).
      if (waiting && !this.bigQueued) {
        this.bigQueued = true;
        requestAnimationFrame(() => {
          this.bigQueued = false;
          if (!this.disposed) this.applyBig();
        });
      }
    });
  }

  private markBig(held: number, drawn: number, shapes: number): void {
    if (this.disposed) return;
    const el = this.map.getContainer();
    el.dataset.bigChunks = String(held);
    el.dataset.bigChunksDrawn = String(drawn);
    // Chunks drawn as shapes (their triangles made), as opposed to points.
    el.dataset.bigShapesDrawn = String(shapes);
  }

  /**
   * Loads deck.gl (its own chunk) and adds the overlay; what MapLibre draws natively never waits on
   * it, and a map that never shows an analysis never downloads it.
   */
  private async loadDeck(): Promise<void> {
    const [{ MapDeck }, draw] = await Promise.all([import('./analysis-overlay'), import('./big-draw')]);
    const native = this.native();
    if (this.disposed || !native) return;
    this.draw = draw;
    this.triangles = draw.chunkTriangles(() => this.disposed || this.applyBig());
    this.deck = new MapDeck(this.map, 'parks-fill', native.firstSymbolLayer);
    this.applyAnalysis();
    this.applyBig();
    this.applySelection();
  }

  /** Removes the overlay; pending loads and queued frames then do nothing. */
  dispose(): void {
    this.disposed = true;
    this.deck?.destroy();
    this.triangles?.dispose();
  }
}
