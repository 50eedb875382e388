import type { Feature } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../analysis/api';
import type { AnalysisClient } from '../../analysis/client';
import { useAnalysis } from '../../state/analysis';
import { useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { startAnalysisRunner } from './runner';
import { layers } from './tab-fixtures';

/** A client over the in-process API (the worker's own object), counting loads. */
function fakeClient() {
  const api = createAnalysisApi();
  const loads: number[] = [];
  const client: AnalysisClient = {
    load: async (l) => {
      loads.push(l.parks?.attrs.length ?? 0);
      return api.load(l);
    },
    districtAreas: async (o) => api.districtAreas(o),
    featureArea: async (l, id) => api.featureArea(l, id),
    parkProximity: async (o, work) => api.parkProximity(o, 'job', work?.onProgress),
    within: async (o) => api.within(o),
    nearestCorridors: async (p, c) => api.nearestCorridors(p, c),
    whereAmI: async (p, o) => api.whereAmI(p, o),
    measure: async (g) => api.measure(g),
    siteScore: async (w, o) => api.siteScore(w, o),
    parkDistances: async () => api.parkDistances(),
    userWithin: async (g, c, km) => api.userWithin(g, c, km),
    userWithinChunk: async (ch, c, km) => api.userWithinChunk(ch, c, km),
    userWithinZone: async (c, km) => api.userWithinZone(c, km),
    userDistrictAreas: async (g) => api.userDistrictAreas(g),
    userDistrictAreasChunk: async (ch, carry) => api.userDistrictAreasChunk(ch, carry),
    userNearestChunk: async (ch, c) => api.userNearestChunk(ch, c),
    terminate: () => {},
  };
  return { client, loads };
}

const flush = () => new Promise((r) => setTimeout(r, 20));
const a = () => useAnalysis.getState();

let stop: () => void = () => {};
beforeEach(() => {
  useLayers.getState().reset();
  useAnalysis.getState().reset();
  useSelection.getState().select(null);
});
afterEach(() => stop());

function settleLayers(failed: string[] = []) {
  const s = useLayers.getState();
  for (const id of ['districts', 'parks', 'corridors', 'places'] as const) {
    if (failed.includes(id)) s.fail(id, 'HTTP 404');
    else s.done(id, layers[id] as Feature[]);
  }
  s.done('context', []);
}

describe('analysis runner', () => {
  it('starts no worker work until the panel opens or a district or park is selected', async () => {
    const { client, loads } = fakeClient();
    let made = 0;
    stop = startAnalysisRunner(() => {
      made++;
      return client;
    });
    settleLayers();
    await flush();
    expect(made).toBe(0);
    expect(loads).toEqual([]);
    useSelection.getState().select({ layerId: 'corridors', featureId: 'e1' });
    await flush();
    expect(made).toBe(0);
    useSelection.getState().select({ layerId: 'parks', featureId: 'a' });
    await flush();
    expect(loads).toEqual([3]);
    expect(a().selectedArea?.id).toBe('a');
  });

  it('loads once all four layers have settled, and again when one reloads', async () => {
    const { client, loads } = fakeClient();
    stop = startAnalysisRunner(() => client);
    a().setOpen(true);
    useLayers.getState().done('districts', layers.districts as Feature[]);
    await flush();
    expect(loads).toEqual([]);
    settleLayers();
    await flush();
    expect(loads).toEqual([3]);
    expect(a().data).toBe('ready');
    useLayers.getState().done('parks', (layers.parks as Feature[]).slice(0, 2));
    await flush();
    expect(loads).toEqual([3, 2]);
  });

  it('computes the open tab, Within on request, errors per tab without losing the others', async () => {
    const { client } = fakeClient();
    stop = startAnalysisRunner(() => client);
    settleLayers();
    await flush();
    a().setOpen(true);
    await flush();
    expect(a().results.areas?.districts).toHaveLength(2);
    a().setTab('within');
    a().setWithinTarget('corridor:e1');
    a().requestWithin();
    await flush();
    expect(a().results.within?.parks.length).toBeGreaterThan(0);
    // A corridor kind counts only the corridor statuses ticked: without existing ones, no expressway.
    a().setWithinTarget('kind:expressway');
    a().requestWithin();
    await flush();
    expect(a().results.within?.target_ids).toEqual(['e1']);
    a().setCorridorStatus('existing', false);
    a().requestWithin();
    await flush();
    expect(a().errors.within?.error).toBe('empty_selection');
    a().setCorridorStatus('existing', true);
    a().setWithinTarget('corridor:e1');
    a().setWithinKm('0');
    a().requestWithin();
    await flush();
    expect(a().errors.within?.error).toBe('distance_out_of_range');
    expect(a().results.within).toBeUndefined();
    expect(a().results.areas).toBeDefined();
    a().setTab('nearest');
    await flush();
    expect(a().results.nearest?.rows).toHaveLength(3);
    expect(a().running).toBeNull();
  });

  it('a failed layer: missing_layer for the tabs that need it, the rest still work', async () => {
    const { client } = fakeClient();
    stop = startAnalysisRunner(() => client);
    settleLayers(['corridors']);
    await flush();
    a().setOpen(true);
    a().setTab('nearest');
    await flush();
    expect(a().errors.nearest).toEqual({ error: 'missing_layer', layer: 'corridors' });
    a().setTab('areas');
    await flush();
    expect(a().results.areas?.districts).toHaveLength(2);
  });

  it('measures while drawing and reports a self-intersection with its points', async () => {
    const { client } = fakeClient();
    stop = startAnalysisRunner(() => client);
    settleLayers();
    await flush();
    a().setOpen(true);
    a().setTab('measure');
    a().startMeasure('polygon');
    for (const p of [
      [106, 11],
      [106.1, 11.1],
      [106.1, 11],
      [106, 11.1],
    ] as [number, number][])
      a().addMeasurePoint(p);
    await flush();
    expect(a().errors.measure?.error).toBe('self_intersection');
    expect(a().errors.measure?.points?.length).toBeGreaterThan(0);
    a().undoMeasurePoint();
    await flush();
    expect(a().errors.measure).toBeUndefined();
    expect(a().results.measure?.area_km2).toBeGreaterThan(0);
  });

  it('gives the selected district’s analysis area to the info panel', async () => {
    const { client } = fakeClient();
    stop = startAnalysisRunner(() => client);
    settleLayers();
    await flush();
    useSelection.getState().select({ layerId: 'districts', featureId: '1' });
    await flush();
    expect(a().selectedArea).toMatchObject({ layer: 'districts', id: '1', basis: 'geodesic_boundary' });
    useSelection.getState().select(null);
    await flush();
    expect(a().selectedArea).toBeNull();
  });
});
