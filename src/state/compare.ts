// Comparing two maps (issue 8 §6): swipe (two full-size maps, the right one clipped at a divider)
// or side by side (split). The single map keeps reading the layers store's `visible`; each side of
// a comparison has its own list of visible layers, copied from the single map when a comparison
// starts. Layer data, opacity and filters stay shared: only visibility is per side.
import { create } from 'zustand';
import type { LayerId } from '../data/schema';
import { useLayers, visibleIds } from './layers';
import type { MapSide } from './side';

export const COMPARE_MODES = ['swipe', 'split'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
/** The two sides of a comparison. */
export type CompareSide = Exclude<MapSide, 'single'>;

interface CompareState {
  /** null: one map. */
  mode: CompareMode | null;
  /** Divider position in swipe mode: percent of the maps' width from the left, 0–100. */
  swipe: number;
  /** Visible layers of the left map, in the layers' canonical order. */
  left: LayerId[];
  /** Visible layers of the right map. */
  right: LayerId[];
  /** Side by side: the two cameras move together (on by default). Swipe is always synchronised. */
  locked: boolean;
  /**
   * Starts, switches or ends a comparison. Starting one from a single map copies the single map's
   * visible layers to both sides (unless `sides` gives them); switching between swipe and split
   * keeps each side's layers.
   */
  setMode: (
    mode: CompareMode | null,
    sides?: { left?: readonly LayerId[]; right?: readonly LayerId[] },
  ) => void;
  /** Moves the divider; clamped to 0–100, a non-finite value is ignored. */
  setSwipe: (percent: number) => void;
  setSideVisible: (side: CompareSide, id: LayerId, visible: boolean) => void;
  /** Makes exactly these layers visible on one side. */
  setSideLayers: (side: CompareSide, ids: readonly LayerId[]) => void;
  setLocked: (locked: boolean) => void;
  reset: () => void;
}

/** `ids` without duplicates or unknown ids, in the layers' draw order (imported layers included). */
const canonical = (ids: readonly LayerId[]): LayerId[] =>
  useLayers.getState().order.filter((id) => ids.includes(id));

const INITIAL = { mode: null, swipe: 50, left: [], right: [], locked: true } as const;

export const useCompare = create<CompareState>()((set, get) => ({
  ...INITIAL,
  left: [],
  right: [],
  setMode: (mode, sides = {}) => {
    if (mode === null) {
      set({ mode: null });
      return;
    }
    const starting = get().mode === null;
    const single = visibleIds(useLayers.getState().layers);
    set({
      mode,
      left: canonical(sides.left ?? (starting ? single : get().left)),
      right: canonical(sides.right ?? (starting ? single : get().right)),
    });
  },
  setSwipe: (percent) => {
    if (Number.isFinite(percent)) set({ swipe: Math.min(100, Math.max(0, percent)) });
  },
  setSideVisible: (side, id, visible) => {
    const current = get()[side];
    set({ [side]: canonical(visible ? [...current, id] : current.filter((x) => x !== id)) });
  },
  setSideLayers: (side, ids) => set({ [side]: canonical(ids) }),
  setLocked: (locked) => set({ locked }),
  reset: () => set({ ...INITIAL, left: [], right: [] }),
}));

/**
 * The layers a map side draws: the single map (and either side while no comparison is on) reads
 * the layers store's `visible`; in a comparison, 'left' and 'right' read their own lists.
 */
export function visibleFor(side: MapSide): LayerId[] {
  const c = useCompare.getState();
  if (side === 'single' || c.mode === null) return visibleIds(useLayers.getState().layers);
  return c[side];
}

/** Whether the two maps' cameras move together now: always in swipe, by the lock side by side. */
export function camerasLinked(s: Pick<CompareState, 'mode' | 'locked'> = useCompare.getState()): boolean {
  return s.mode === 'swipe' || (s.mode === 'split' && s.locked);
}
