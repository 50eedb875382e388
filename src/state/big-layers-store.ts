// The large imported layers (issue 10 §2): held as the worker's binary chunks, never as GeoJSON.
// Kept apart from ./big-layers.ts (the operations) so user-layers.ts can read it without a cycle.
import { create } from 'zustand';
import type { BinaryChunk, BinaryLayerSummary } from '../data/binary/types';
import type { ImportWarning } from '../import/types';
import type { LayerDescription } from '../layers/description';

export interface BigLayer {
  /** `user:<n>`, numbered with the other imported layers. */
  id: string;
  fileName: string;
  url?: string;
  description: LayerDescription;
  n: number;
  /** The import's summary; null while chunks are still arriving. */
  summary: BinaryLayerSummary | null;
  /**
   * The chunks so far, by `first`. A new chunk makes a new array, but every chunk keeps its object
   * identity, so the map draws each chunk's deck.gl layer from the same data (no re-upload).
   */
  chunks: readonly BinaryChunk[];
  /** Features in `chunks`. */
  loaded: number;
  /**
   * Read by the viewport from its URL (src/userlayers/viewport-source.ts): `chunks` hold the last
   * view read and are replaced by the next; never saved (the link's `src=` brings it back).
   */
  viewport?: boolean;
  /** What the import said of the whole file, shown under its row. */
  warnings?: ImportWarning[];
  /** A notice under the layer's row (zoom in, whole file read, a failed read); null: none. */
  notice?: { key: string; params: Record<string, string | number> } | null;
}

export const useBigLayers = create<{ layers: Record<string, BigLayer> }>()(() => ({ layers: {} }));

/** The large layer `id`, or undefined for any other layer. */
export const bigLayer = (id: string): BigLayer | undefined => useBigLayers.getState().layers[id];
