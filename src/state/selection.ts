import { create } from 'zustand';
import type { LayerId } from '../data/schema';

export interface FeatureRef {
  layerId: LayerId;
  featureId: string;
}

export function sameRef(a: FeatureRef | null, b: FeatureRef | null): boolean {
  return a === b || (!!a && !!b && a.layerId === b.layerId && a.featureId === b.featureId);
}

interface SelectionState {
  selected: FeatureRef | null;
  hovered: FeatureRef | null;
  select: (ref: FeatureRef | null) => void;
  hover: (ref: FeatureRef | null) => void;
}

export const useSelection = create<SelectionState>()((set, get) => ({
  selected: null,
  hovered: null,
  // Unchanged refs keep the same object so subscribers do not re-render on every mouse move.
  select: (ref) => {
    if (!sameRef(get().selected, ref)) set({ selected: ref });
  },
  hover: (ref) => {
    if (!sameRef(get().hovered, ref)) set({ hovered: ref });
  },
}));
