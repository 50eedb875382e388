// The district choropleth's settings (issue 8 §5; link keys choropleth/classify/classes) and what
// the map and the side panel show of it. Area, population and density come from the curated
// figures on the districts layer; the park metrics need the Areas analysis (the worker's
// districtAreas, the same result the analysis panel's Areas tab shows, so map and table agree):
// while it is computed the choropleth is 'loading' and nothing is drawn with made-up numbers.
import { create } from 'zustand';
import type { DistrictAreaReport } from '../analysis/areas';
import { type ClassMethod, isClassCount } from '../analysis/class-params';
import { type DistrictMetricId, districtMetrics } from '../analysis/district-metrics';
import { located } from '../data/load-layer';
import type { RampName } from '../lib/color-ramps';
import { type TabError, useAnalysis } from './analysis';
import type { ChoroplethLayer } from './choropleth-layer';
import { useLayers } from './layers';

export type {
  ChoroplethClass,
  ChoroplethDistrict,
  ChoroplethLayer,
  ChoroplethLegend,
  ChoroplethSettings,
} from './choropleth-layer';

// The classification and colouring (choropleth-layer.ts, with simple-statistics) load with the
// first metric chosen, so a page without a choropleth (an embed, most often) does not carry them;
// until they are here the view is 'loading', and the store is nudged once they arrive.
let layerModule: typeof import('./choropleth-layer') | null = null;
let layerLoading: Promise<void> | null = null;
/** Loads the choropleth's classification code (resolves at once when it is loaded). */
export function loadChoroplethLayer(): Promise<void> {
  layerLoading ??= import('./choropleth-layer').then((m) => {
    layerModule = m;
    useChoropleth.setState({ classifyLoaded: true });
  });
  return layerLoading;
}

export const DEFAULT_METHOD: ClassMethod = 'quantile';
export const DEFAULT_CLASSES = 5;

export interface ChoroplethState {
  /** The classification code has loaded (loadChoroplethLayer); views read before are 'loading'. */
  classifyLoaded: boolean;
  /** The metric the districts are coloured by; null: no choropleth. */
  metric: DistrictMetricId | null;
  method: ClassMethod;
  /** Requested classes, 3–7. */
  classes: number;
  /** null: the metric's own ramp (METRIC_RAMPS). */
  ramp: RampName | null;
  setMetric: (metric: DistrictMetricId | null) => void;
  setMethod: (method: ClassMethod) => void;
  /** Ignores a count outside 3–7. */
  setClasses: (classes: number) => void;
  setRamp: (ramp: RampName | null) => void;
  reset: () => void;
}

const initial = () => ({
  metric: null as DistrictMetricId | null,
  method: DEFAULT_METHOD,
  classes: DEFAULT_CLASSES,
  ramp: null as RampName | null,
});

export const useChoropleth = create<ChoroplethState>()((set) => ({
  classifyLoaded: false,
  ...initial(),
  setMetric: (metric) => set({ metric }),
  setMethod: (method) => set({ method }),
  setClasses: (classes) => {
    if (isClassCount(classes)) set({ classes });
  },
  setRamp: (ramp) => set({ ramp }),
  reset: () => set(initial()),
}));

/** Whether `metric` needs the Areas analysis (park figures per district), not only the layer. */
export function metricNeedsAnalysis(metric: DistrictMetricId | null): boolean {
  return metric === 'park_area_ha' || metric === 'park_share_pct' || metric === 'park_count';
}

/** Whether the analysis runner must compute the Areas report for the choropleth now. */
export function choroplethWantsAreas(): boolean {
  return metricNeedsAnalysis(useChoropleth.getState().metric);
}

export type ChoroplethView =
  | { status: 'off' }
  /** The districts layer, or the analysis a park metric needs, is on its way. */
  | { status: 'loading' }
  /** The districts layer failed: nothing to colour. */
  | { status: 'unavailable' }
  /** `error`: the Areas analysis failed, so every park figure is no data (named in the UI). */
  | { status: 'ready'; layer: ChoroplethLayer; error: TabError | null };

// Only the fields districtMetrics reads: without the analysis every park figure is unknown.
const NO_AREAS = { districts: [] } as unknown as DistrictAreaReport;
let memo: { key: unknown[]; view: ChoroplethView } | null = null;

/**
 * The choropleth as the stores stand, the same object (by identity) until an input changes, so the
 * map is only restyled when something changed.
 */
export function choroplethView(): ChoroplethView {
  const { metric, method, classes, ramp } = useChoropleth.getState();
  if (!metric) return { status: 'off' };
  const { districts, parks } = useLayers.getState().layers;
  if (districts.status === 'error') return { status: 'unavailable' };
  if (districts.status !== 'ready') return { status: 'loading' };
  const needs = metricNeedsAnalysis(metric);
  const { results, errors } = useAnalysis.getState();
  const areas = needs ? results.areas : undefined;
  const error = needs ? (errors.areas ?? null) : null;
  if (needs && !areas && !error) return { status: 'loading' };
  const key = [metric, method, classes, ramp, districts.features, parks.features, areas, error];
  if (memo?.key.every((k, i) => k === key[i])) return memo.view;
  if (!layerModule) {
    void loadChoroplethLayer();
    return { status: 'loading' };
  }
  const rows = districtMetrics({
    districts: districts.features,
    parks: parks.features,
    areas: areas ?? NO_AREAS,
  });
  const layer = layerModule.choroplethLayer(located(districts.features), rows, {
    metric,
    method,
    classes,
    ...(ramp ? { ramp } : {}),
  });
  const view: ChoroplethView = { status: 'ready', layer, error };
  memo = { key, view };
  return view;
}
