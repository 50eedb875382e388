// The analysis panel's state: what is open, the parameters, the results and errors per tab, the
// map mode (what a click on the map does) and the measure drawing. Pure: the worker calls live in
// src/ui/analysis/runner.ts, which watches this store and writes results back.
import type { LineString, Polygon } from 'geojson';
import { create } from 'zustand';
import type {
  AnalysisErrorKey,
  DistrictAreaReport,
  FeatureAreaResult,
  Measurement,
  ParkProximityReport,
  Progress,
  WhereAmI,
  WithinReport,
  WithinTarget,
} from '../analysis';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, type CorridorStatus, type LayerId } from '../data/schema';
import type { FeatureRef } from './selection';

export const ANALYSIS_TABS = ['areas', 'nearest', 'within', 'where', 'measure'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];
export type MapMode = 'select' | 'where' | 'measure';
export type MeasureType = 'line' | 'polygon';
export type LngLat = [number, number];

export interface TabError {
  error: AnalysisErrorKey;
  /** For missing_layer: the layer that failed. */
  layer?: LayerId;
  /** For self_intersection: where the drawn polygon crosses itself. */
  points?: LngLat[];
}

export interface AnalysisResults {
  areas?: DistrictAreaReport;
  nearest?: ParkProximityReport;
  within?: WithinReport;
  where?: WhereAmI;
  measure?: Measurement;
}

export interface AnalysisState {
  open: boolean;
  tab: AnalysisTab;
  /** What a click (or Enter on the focused map) does: select a feature, ask "where am I", add a vertex. */
  mode: MapMode;
  /** 'ready' once the worker holds the layers (loaded with whatever layers did not fail). */
  data: 'waiting' | 'ready';
  /** Corridor statuses counted by Nearest and Where am I (status-aware distances). */
  corridorStatuses: CorridorStatus[];
  /** Encoded target, e.g. 'corridor:vd4_bd', 'kind:expressway', 'place:cat_lai', 'logistics:port'. */
  withinTarget: string;
  /** The distance field as typed (validated by the core: 0 < km ≤ 200). */
  withinKm: string;
  /** Incremented by "Find parks": the runner computes on each new value. */
  withinRequest: number;
  /** Incremented by "Run again" (after a cancel, say): the runner computes the open tab afresh. */
  rerun: number;
  wherePoint: LngLat | null;
  measureType: MeasureType | null;
  measurePoints: LngLat[];
  measureDrawing: boolean;
  /** The park whose connectors are drawn (the chosen row). */
  focusParkId: string | null;
  /** A request to zoom to a feature (the n changes on every request, also for the same feature). */
  zoomRequest: { ref: FeatureRef; n: number } | null;
  results: AnalysisResults;
  errors: Partial<Record<AnalysisTab, TabError>>;
  running: AnalysisTab | null;
  progress: Progress | null;
  /** Cancels the running job (set by the runner while one runs). */
  cancel: (() => void) | null;
  /** Analysis area of the selected district or park (shown in the info panel). */
  selectedArea: FeatureAreaResult | null;

  setOpen: (open: boolean) => void;
  setTab: (tab: AnalysisTab) => void;
  setCorridorStatus: (status: CorridorStatus, on: boolean) => void;
  setWithinTarget: (target: string) => void;
  setWithinKm: (km: string) => void;
  requestWithin: () => void;
  requestRerun: () => void;
  setWherePoint: (p: LngLat) => void;
  startMeasure: (type: MeasureType) => void;
  addMeasurePoint: (p: LngLat) => void;
  undoMeasurePoint: () => void;
  finishMeasure: () => void;
  cancelMeasure: () => void;
  /** Chooses a row: focuses its park (connectors) and asks the map to zoom to the feature. */
  focusRow: (ref: FeatureRef) => void;
  setData: (data: 'waiting' | 'ready') => void;
  setResult: <K extends keyof AnalysisResults>(tab: K, value: AnalysisResults[K]) => void;
  setError: (tab: AnalysisTab, error: TabError | null) => void;
  setRunning: (tab: AnalysisTab | null, cancel?: (() => void) | null) => void;
  setProgress: (p: Progress | null) => void;
  setSelectedArea: (a: FeatureAreaResult | null) => void;
  reset: () => void;
}

export const DEFAULT_WITHIN_TARGET = 'corridor:vd4_bd';

/** The map mode that follows from the panel: only an open tab that needs clicks takes them over. */
export function modeOf(s: Pick<AnalysisState, 'open' | 'tab' | 'measureDrawing'>): MapMode {
  if (!s.open) return 'select';
  if (s.tab === 'where') return 'where';
  if (s.tab === 'measure' && s.measureDrawing) return 'measure';
  return 'select';
}

/** 'corridor:vd4_bd' → { type: 'corridor', id: 'vd4_bd' }; null when malformed. */
export function decodeTarget(value: string): WithinTarget | null {
  const i = value.indexOf(':');
  if (i < 0) return null;
  const type = value.slice(0, i);
  const rest = value.slice(i + 1);
  if (!rest) return null;
  switch (type) {
    case 'corridor':
    case 'place':
      return { type, id: rest };
    case 'kind':
      return (CORRIDOR_KINDS as readonly string[]).includes(rest)
        ? { type: 'kind', kind: rest as (typeof CORRIDOR_KINDS)[number] }
        : null;
    case 'logistics':
      return ['port', 'airport', 'icd', 'station'].includes(rest)
        ? { type: 'logistics', kind: rest as 'port' | 'airport' | 'icd' | 'station' }
        : null;
    default:
      return null;
  }
}

export function encodeTarget(t: WithinTarget): string {
  return t.type === 'corridor' || t.type === 'place' ? `${t.type}:${t.id}` : `${t.type}:${t.kind}`;
}

/** The km field as a number (NaN for text that is not one; the core then answers out of range). */
export function parseKm(text: string): number {
  const s = text.trim().replace(',', '.');
  return s === '' ? Number.NaN : Number(s);
}

/** The drawing as GeoJSON, or null while it has too few points to measure. */
export function measureGeometryOf(type: MeasureType | null, points: LngLat[]): LineString | Polygon | null {
  if (type === 'line' && points.length >= 2) return { type: 'LineString', coordinates: points };
  if (type === 'polygon' && points.length >= 3) {
    return { type: 'Polygon', coordinates: [[...points, points[0]!]] };
  }
  return null;
}

const initial = () => ({
  open: false,
  tab: 'areas' as AnalysisTab,
  mode: 'select' as MapMode,
  data: 'waiting' as const,
  corridorStatuses: [...CORRIDOR_STATUSES],
  withinTarget: DEFAULT_WITHIN_TARGET,
  withinKm: '5',
  withinRequest: 0,
  rerun: 0,
  wherePoint: null,
  measureType: null,
  measurePoints: [],
  measureDrawing: false,
  focusParkId: null,
  zoomRequest: null,
  results: {},
  errors: {},
  running: null,
  progress: null,
  cancel: null,
  selectedArea: null,
});

export const useAnalysis = create<AnalysisState>()((set, get) => {
  /** Applies a patch and recomputes the map mode from the result. */
  const patch = (p: Partial<AnalysisState>) => {
    const next = { ...get(), ...p };
    set({ ...p, mode: modeOf(next) });
  };
  const clearMeasure = (): Partial<AnalysisState> => ({
    measurePoints: [],
    measureDrawing: false,
    measureType: null,
    results: { ...get().results, measure: undefined },
    errors: { ...get().errors, measure: undefined },
  });
  return {
    ...initial(),
    setOpen: (open) => patch(open ? { open } : { open, ...(get().measureDrawing ? clearMeasure() : {}) }),
    setTab: (tab) => {
      if (tab === get().tab) return;
      // Leaving Measure mid-drawing drops the drawing: its keys must not act on another tab.
      patch({ tab, focusParkId: null, ...(get().measureDrawing ? clearMeasure() : {}) });
    },
    setCorridorStatus: (status, on) => {
      const cur = new Set(get().corridorStatuses);
      if (on) cur.add(status);
      else cur.delete(status);
      patch({ corridorStatuses: CORRIDOR_STATUSES.filter((s) => cur.has(s)) });
    },
    setWithinTarget: (withinTarget) => patch({ withinTarget }),
    setWithinKm: (withinKm) => patch({ withinKm }),
    requestWithin: () => patch({ withinRequest: get().withinRequest + 1, focusParkId: null }),
    requestRerun: () => patch({ rerun: get().rerun + 1 }),
    setWherePoint: (wherePoint) => patch({ wherePoint }),
    startMeasure: (measureType) =>
      patch({
        measureType,
        measurePoints: [],
        measureDrawing: true,
        results: { ...get().results, measure: undefined },
        errors: { ...get().errors, measure: undefined },
      }),
    addMeasurePoint: (p) => {
      if (!get().measureDrawing) return;
      patch({ measurePoints: [...get().measurePoints, p] });
    },
    undoMeasurePoint: () => {
      if (!get().measureDrawing || get().measurePoints.length === 0) return;
      patch({ measurePoints: get().measurePoints.slice(0, -1) });
    },
    finishMeasure: () => {
      if (get().measureDrawing) patch({ measureDrawing: false });
    },
    cancelMeasure: () => patch(clearMeasure()),
    focusRow: (ref) =>
      patch({
        focusParkId: ref.layerId === 'parks' ? ref.featureId : null,
        zoomRequest: { ref, n: (get().zoomRequest?.n ?? 0) + 1 },
      }),
    setData: (data) => patch({ data }),
    setResult: (tab, value) => patch({ results: { ...get().results, [tab]: value } }),
    setError: (tab, error) => patch({ errors: { ...get().errors, [tab]: error ?? undefined } }),
    setRunning: (running, cancel = null) =>
      patch({ running, cancel: running ? cancel : null, progress: running ? get().progress : null }),
    setProgress: (progress) => patch({ progress }),
    setSelectedArea: (selectedArea) => patch({ selectedArea }),
    reset: () => set({ ...initial() }),
  };
});
