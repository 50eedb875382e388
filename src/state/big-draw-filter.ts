// What the map draws of each large layer's filter (src/map/deck/big-filter-props.ts): filled by
// src/ui/big-draw-filter-sync.ts, read by map-input.ts. Kept apart so the map's input code (in every
// entry, the embed's too) carries only this store, not the masks' code or the extension.
import { create } from 'zustand';
import type { BigDrawFilter } from '../map/deck/big-filter-props';

export const useBigDrawFilters = create<{
  byLayer: Readonly<Record<string, BigDrawFilter>>;
  /**
   * True while deck.gl's DataFilterExtension is being loaded: large layers are not handed to the
   * map meanwhile, since deck.gl sets a layer's extensions up only when it first makes the layer
   * (one made without the extension would never filter).
   */
  waiting: boolean;
  /** The extension could not be loaded: large layers are drawn unfiltered (set only then). */
  failed?: boolean;
}>()(() => ({ byLayer: {}, waiting: false }));
