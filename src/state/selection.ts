import { create } from 'zustand';
import type { LayerId } from '../data/schema';
import type { MapSide } from './side';

export interface FeatureRef {
  layerId: LayerId;
  featureId: string;
  /** In a comparison, the map the feature was picked on ('left' or 'right'); absent: the one map. */
  side?: MapSide;
}

/** A pixel on the map, in CSS pixels from the map container's top-left corner. */
export interface MapPoint {
  x: number;
  y: number;
}

/** Several features under one click or key press: the user picks one in the chooser. */
export interface Choices {
  refs: FeatureRef[];
  /** Where the chooser opens (the click, or the map centre for the keyboard). */
  point: MapPoint;
  /** The keyboard opened it: closing it hands the focus back to the map. */
  byKeyboard: boolean;
}

export function sameRef(a: FeatureRef | null, b: FeatureRef | null): boolean {
  return (
    a === b || (!!a && !!b && a.layerId === b.layerId && a.featureId === b.featureId && a.side === b.side)
  );
}

// Area layers that lie under everything: a hit on one is only worth offering when nothing else
// was hit, or every click on a park would ask "the park or its district?".
const BACKGROUND: ReadonlySet<LayerId> = new Set<LayerId>(['districts', 'context']);

/**
 * The features a click or key press offers, from `pickFeaturesAt`'s top-first list: the same list
 * without duplicates, minus the background areas (districts, context) when anything else is there.
 */
export function selectableAt(refs: readonly FeatureRef[]): FeatureRef[] {
  const unique: FeatureRef[] = [];
  for (const r of refs) if (!unique.some((u) => sameRef(u, r))) unique.push(r);
  const front = unique.filter((r) => !BACKGROUND.has(r.layerId));
  return front.length > 0 ? front : unique.slice(0, 1);
}

interface SelectionState {
  selected: FeatureRef | null;
  hovered: FeatureRef | null;
  choices: Choices | null;
  select: (ref: FeatureRef | null) => void;
  hover: (ref: FeatureRef | null) => void;
  /**
   * What a click or Enter on the map does with the features found there (top first): nothing
   * found clears the selection, one is selected, several open the chooser.
   */
  pickAt: (refs: readonly FeatureRef[], point: MapPoint, byKeyboard: boolean) => void;
  closeChoices: () => void;
}

export const useSelection = create<SelectionState>()((set, get) => ({
  selected: null,
  hovered: null,
  choices: null,
  // Unchanged refs keep the same object so subscribers do not re-render on every mouse move.
  select: (ref) => {
    if (get().choices) set({ choices: null });
    if (!sameRef(get().selected, ref)) set({ selected: ref });
  },
  hover: (ref) => {
    if (!sameRef(get().hovered, ref)) set({ hovered: ref });
  },
  pickAt: (refs, point, byKeyboard) => {
    const offered = selectableAt(refs);
    if (offered.length > 1) set({ choices: { refs: offered, point, byKeyboard } });
    else get().select(offered[0] ?? null);
  },
  closeChoices: () => {
    if (get().choices) set({ choices: null });
  },
}));
