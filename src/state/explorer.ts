// The investors' explorer (issue 9): whether it is open and which view, its own filters (maximum
// straight-line distance per kind; the rest of its filter is the parks layer's one filter in
// src/state/filters.ts), the card order, the parks picked for comparison (2–4), the site-score
// weights, and the worker's answers (written by src/ui/investors/runner.ts). `explorerHighlight()`
// gives the map the parks to draw normally while the explorer is open (CONTRACTS.md).
import { create } from 'zustand';
import type { AnalysisErrorKey } from '../analysis';
import type { ExplorerDistanceKind, ParkDistancesReport, ParkDistancesRow } from '../analysis/park-distances';
import type { SiteScoreReport } from '../analysis/park-facts';
import {
  DEFAULT_SITE_WEIGHTS,
  MAX_SITE_WEIGHT,
  type SiteCriterion,
  type SiteWeights,
} from '../analysis/site-weights';
import { type MaxDistances, passingParkIds, type SortDirection, type SortField } from '../lib/park-explorer';
import { useFilters } from './filters';
import { addComparedPark, MAX_COMPARED_PARKS } from './investor-url';
import { useLayers } from './layers';

export type ExplorerView = 'list' | 'score' | 'charts';

/** Why the last pick was refused, for the message (the park's id). */
export interface PickRefusal {
  reason: 'comparison_full' | 'already_compared';
  id: string;
}

export interface ExplorerState {
  open: boolean;
  view: ExplorerView;
  maxKm: MaxDistances;
  sort: { field: SortField; dir: SortDirection };
  /** Parks picked for comparison, in the order picked (at most four). */
  picked: string[];
  /** The comparison view is shown (needs at least two picked). */
  compareOpen: boolean;
  refusal: PickRefusal | null;
  /** Ids a link asked to compare beyond the fourth (refused, for the message). */
  linkRefused: string[];
  weights: SiteWeights;
  fullCoverageOnly: boolean;
  distances: ParkDistancesReport | null;
  scores: SiteScoreReport | null;
  /** The worker's error for each answer (null: none). */
  errors: { distances: AnalysisErrorKey | null; scores: AnalysisErrorKey | null };

  setOpen: (open: boolean) => void;
  setView: (view: ExplorerView) => void;
  /** null removes the kind's limit; a limit must be finite and above 0 (else RangeError). */
  setMaxKm: (kind: ExplorerDistanceKind, km: number | null) => void;
  /** Sorts by `field`; the same field again flips the direction. */
  sortBy: (field: SortField) => void;
  /** Adds a park to the comparison; returns the refusal (also kept for the message) or null. */
  pick: (id: string) => PickRefusal | null;
  unpick: (id: string) => void;
  /** Replaces the picked parks (a link), at most four kept; opens the comparison when two or more. */
  setPicked: (ids: readonly string[]) => void;
  setCompareOpen: (open: boolean) => void;
  /** A whole number 0–5 (else RangeError). */
  setWeight: (criterion: SiteCriterion, weight: number) => void;
  setWeights: (weights: SiteWeights) => void;
  setFullCoverageOnly: (on: boolean) => void;
  setDistances: (r: ParkDistancesReport | null, error?: AnalysisErrorKey | null) => void;
  setScores: (r: SiteScoreReport | null, error?: AnalysisErrorKey | null) => void;
  reset: () => void;
}

const initial = () => ({
  open: false,
  view: 'list' as ExplorerView,
  maxKm: {},
  sort: { field: 'name' as SortField, dir: 'asc' as SortDirection },
  picked: [] as string[],
  compareOpen: false,
  refusal: null,
  linkRefused: [] as string[],
  weights: { ...DEFAULT_SITE_WEIGHTS },
  fullCoverageOnly: false,
  distances: null,
  scores: null,
  errors: { distances: null, scores: null },
});

export const useExplorer = create<ExplorerState>()((set, get) => ({
  ...initial(),
  setOpen: (open) => set({ open }),
  setView: (view) => set({ view }),
  setMaxKm: (kind, km) => {
    if (km !== null && !(Number.isFinite(km) && km > 0))
      throw new RangeError(`Maximum distance of ${kind} must be above 0 km (got ${km}).`);
    const maxKm = { ...get().maxKm };
    if (km === null) delete maxKm[kind];
    else maxKm[kind] = km;
    set({ maxKm });
  },
  sortBy: (field) =>
    set((s) => ({
      sort: { field, dir: s.sort.field === field && s.sort.dir === 'asc' ? 'desc' : 'asc' },
    })),
  pick: (id) => {
    const r = addComparedPark(get().picked, id);
    const refusal = r.refused ? { reason: r.refused, id } : null;
    set({ picked: r.list, refusal });
    return refusal;
  },
  unpick: (id) =>
    set((s) => {
      const picked = s.picked.filter((p) => p !== id);
      return { picked, refusal: null, compareOpen: s.compareOpen && picked.length >= 2 };
    }),
  setPicked: (ids) => {
    const picked = [...new Set(ids)].slice(0, MAX_COMPARED_PARKS);
    set({ picked, refusal: null, compareOpen: picked.length >= 2 });
  },
  setCompareOpen: (open) => set((s) => ({ compareOpen: open && s.picked.length >= 2 })),
  setWeight: (criterion, weight) => {
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_SITE_WEIGHT)
      throw new RangeError(
        `Weight of ${criterion} must be a whole number 0–${MAX_SITE_WEIGHT} (got ${weight}).`,
      );
    set((s) => ({ weights: { ...s.weights, [criterion]: weight } }));
  },
  setWeights: (weights) => set({ weights: { ...weights } }),
  setFullCoverageOnly: (fullCoverageOnly) => set({ fullCoverageOnly }),
  setDistances: (distances, error = null) =>
    set((s) => ({ distances, errors: { ...s.errors, distances: error } })),
  setScores: (scores, error = null) => set((s) => ({ scores, errors: { ...s.errors, scores: error } })),
  reset: () => set(initial()),
}));

/** The distance rows of a report by park id (empty without one). */
export function distancesById(r: ParkDistancesReport | null): Map<string, ParkDistancesRow> {
  return new Map((r?.rows ?? []).map((row) => [row.id, row]));
}

/** Ids of the parks passing the explorer's filters (the parks layer's filter and the distances). */
export function explorerPassingIds(): string[] {
  const s = useExplorer.getState();
  const features = useLayers.getState().layers.parks.features;
  const filter = useFilters.getState().filters.parks;
  return passingParkIds(features, filter ?? { fields: {}, query: '' }, distancesById(s.distances), s.maxKm);
}

/**
 * For the map's `highlight` of the parks layer (CONTRACTS.md): the ids of the parks passing the
 * explorer's filters while the explorer is open (the rest are dimmed, not hidden); null when it is
 * closed (nothing dimmed).
 */
export function explorerHighlight(): string[] | null {
  return useExplorer.getState().open ? explorerPassingIds() : null;
}
