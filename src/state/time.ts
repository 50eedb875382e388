// The time slider's state (issue 8 §3): the stop every map shows, per-side overrides for a
// comparison, and whether it is playing. A stop is a year or 'planned' (the last stop, which adds
// the planned parks); null means the slider is off and every park is drawn as usual.
import { create } from 'zustand';
import type { YearStop } from '../lib/park-growth';
import type { MapSide } from './side';

export type TimeOverrideSide = Exclude<MapSide, 'single'>;

export interface TimeState {
  /** The stop for all maps; null: slider off. */
  year: YearStop | null;
  /** A side of a comparison showing another stop than `year` (`year.left`, `year.right`). */
  overrides: Partial<Record<TimeOverrideSide, YearStop>>;
  /** Play steps through the stops; stepping only, never an animation of its own. */
  playing: boolean;
  setYear: (year: YearStop | null) => void;
  /** Sets or (undefined) removes a side's override. */
  setOverride: (side: TimeOverrideSide, year: YearStop | undefined) => void;
  setPlaying: (playing: boolean) => void;
}

export const useTime = create<TimeState>()((set) => ({
  year: null,
  overrides: {},
  playing: false,
  setYear: (year) => set(year === null ? { year, playing: false } : { year }),
  setOverride: (side, year) =>
    set((s) => {
      const overrides = { ...s.overrides };
      if (year === undefined) delete overrides[side];
      else overrides[side] = year;
      return { overrides };
    }),
  setPlaying: (playing) => set({ playing }),
}));

/**
 * The stop a map side shows: its override, else the common stop; null when the slider is off.
 * 'single' (one map) always takes the common stop. Note the type: a year or 'planned', never a bare
 * number, so a caller cannot compare it with a year without handling the last stop
 * (lib/park-growth.ts `featuresAtStop` does it for features).
 */
export function yearFor(side: MapSide, state: Pick<TimeState, 'year' | 'overrides'> = useTime.getState()) {
  if (side === 'single') return state.year;
  return state.overrides[side] ?? state.year;
}
