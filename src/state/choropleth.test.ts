// The choropleth's view of the stores: curated metrics without the worker; park metrics wait for
// the Areas analysis, which the runner computes once a park metric is chosen (panel closed).
import type { Feature } from 'geojson';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../analysis/api';
import type { AnalysisClient } from '../analysis/client';
import { startAnalysisRunner } from '../ui/analysis/runner';
import { layers } from '../ui/analysis/tab-fixtures';
import { useAnalysis } from './analysis';
import { choroplethView, loadChoroplethLayer, useChoropleth } from './choropleth';
import { CHOROPLETH_FIELD } from './choropleth-layer';
import { useLayers } from './layers';
import { useSelection } from './selection';

function fakeClient() {
  const api = createAnalysisApi();
  const calls: string[] = [];
  const client = {
    load: async (l) => {
      calls.push('load');
      return api.load(l);
    },
    districtAreas: async (o) => {
      calls.push('districtAreas');
      return api.districtAreas(o);
    },
    featureArea: async (l, id) => api.featureArea(l, id),
    terminate: () => {},
  } as Partial<AnalysisClient> as AnalysisClient;
  return { client, calls };
}

const flush = () => new Promise((r) => setTimeout(r, 20));
let stop: () => void = () => {};

// The classification code loads on demand in the app; here it is loaded before the views are read.
beforeAll(() => loadChoroplethLayer());

beforeEach(() => {
  useLayers.getState().reset();
  useAnalysis.getState().reset();
  useSelection.getState().select(null);
  useChoropleth.getState().reset();
  const s = useLayers.getState();
  for (const id of ['districts', 'parks', 'corridors', 'places'] as const)
    s.done(id, layers[id] as Feature[]);
  s.done('context', []);
});
afterEach(() => stop());

describe('choroplethView', () => {
  it('is off without a metric; a curated metric needs no worker and never invents a value', async () => {
    const { calls } = fakeClient();
    let made = 0;
    stop = startAnalysisRunner(() => {
      made++;
      return fakeClient().client;
    });
    expect(choroplethView()).toEqual({ status: 'off' });
    // The synthetic districts have an area (without qualifier: approximate) and no population.
    useChoropleth.getState().setMetric('population');
    await flush();
    const v = choroplethView();
    expect(v.status).toBe('ready');
    if (v.status !== 'ready') return;
    expect(v.layer.legend.classes).toEqual([]);
    expect(v.layer.legend.noData?.districts.map((d) => d.id)).toEqual(['1', '2']);
    expect(v.layer.features.map((f) => f.properties?.[CHOROPLETH_FIELD])).toEqual([null, null]);
    useChoropleth.getState().setMetric('area_km2');
    const area = choroplethView();
    expect(area.status === 'ready' && area.layer.legend.approximate.map((d) => d.id)).toEqual(['1', '2']);
    // The same object while nothing changes (the map is not restyled for nothing).
    expect(choroplethView()).toBe(area);
    expect(made).toBe(0);
    expect(calls).toEqual([]);
  });

  it('a park metric is loading until the runner has computed the Areas report', async () => {
    const { client, calls } = fakeClient();
    stop = startAnalysisRunner(() => client);
    useChoropleth.getState().setMetric('park_area_ha');
    expect(choroplethView()).toEqual({ status: 'loading' });
    await flush();
    expect(calls).toEqual(['load', 'districtAreas']);
    expect(useAnalysis.getState().open).toBe(false);
    const v = choroplethView();
    expect(v.status).toBe('ready');
    if (v.status !== 'ready') return;
    // District 1: park a, 100 ha. District 2: c 50 ha + b of unknown area. The fixture's park
    // areas carry no qualifier, so they count as approximate, and an approximate part makes the
    // sum approximate (not merely a lower bound).
    expect(v.layer.features.map((f) => f.properties?.[CHOROPLETH_FIELD])).toEqual([100, 50]);
    expect(v.layer.legend.approximate.map((d) => d.id)).toEqual(['1', '2']);
    expect(v.layer.legend.lowerBound).toEqual([]);
    expect(v.error).toBeNull();
    // Another park metric reuses the same report.
    useChoropleth.getState().setMetric('park_count');
    await flush();
    expect(calls).toEqual(['load', 'districtAreas']);
    const count = choroplethView();
    expect(
      count.status === 'ready' && count.layer.features.map((f) => f.properties?.[CHOROPLETH_FIELD]),
    ).toEqual([1, 2]);
  });

  it('the districts layer failing leaves nothing to colour', () => {
    useLayers.getState().fail('districts', 'HTTP 404');
    useChoropleth.getState().setMetric('density');
    expect(choroplethView()).toEqual({ status: 'unavailable' });
  });
});
