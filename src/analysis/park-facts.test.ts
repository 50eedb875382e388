import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from './api';
import { createContext } from './context';
import { haversineKm } from './geo';
import { packLayers } from './pack';
import { parkSiteFacts, siteScoreReport } from './park-facts';
import { DEFAULT_SITE_WEIGHTS } from './site-weights';
import { park, syntheticLayers } from './test-fixtures';

const turfKm = (p: [number, number], line: number[][]) =>
  pointToLineDistance(
    p,
    { type: 'LineString', coordinates: line },
    { method: 'geodesic', units: 'kilometers' },
  );

describe('parkSiteFacts on synthetic layers', () => {
  it('measures each criterion to its targets and carries area, status and occupancy', () => {
    const layers = syntheticLayers();
    const withOcc = park('d', [106.58, 11.08], 'expanding', 30);
    withOcc.properties!.occupancy_pct = 75;
    withOcc.properties!.occupancy_year = '2020';
    layers.parks = [...(layers.parks as never[]), withOcc];
    const r = parkSiteFacts(createContext(packLayers(layers)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value.facts.find((f) => f.id === 'a')!;
    expect(a.raw.expressway).toBeCloseTo(
      turfKm(
        [106.55, 11.05],
        [
          [106.5, 11.06],
          [106.7, 11.06],
        ],
      ),
      6,
    );
    // icd_rail: the planned railway r1 (no ICD place in the layer); statuses all count by default
    expect(a.raw.icd_rail).toBeCloseTo(
      turfKm(
        [106.55, 11.05],
        [
          [106.6, 11.0],
          [106.6, 11.1],
        ],
      ),
      6,
    );
    expect(a.targets.icd_rail?.id).toBe('r1');
    expect(a.raw.seaport).toBeCloseTo(haversineKm(106.55, 11.05, 106.7, 11.0), 9);
    expect(a.raw.airport).toBeCloseTo(haversineKm(106.55, 11.05, 106.5, 11.0), 9);
    expect(a.raw.road).toBeNull(); // no national or ring road in the layer
    expect(a.raw).toMatchObject({ area: 100, status: 'existing', occupancy: null });
    expect(r.value.facts.find((f) => f.id === 'b')!.raw.area).toBeNull();
    expect(r.value.facts.find((f) => f.id === 'd')!.raw).toMatchObject({
      occupancy: 75,
      status: 'expanding',
    });
    expect(r.value.unavailable).toEqual([]);
  });

  it('counts only the corridor statuses asked for', () => {
    const r = parkSiteFacts(createContext(packLayers(syntheticLayers())), { corridorStatuses: ['existing'] });
    expect(r.ok && r.value.facts.every((f) => f.raw.icd_rail === null)).toBe(true);
  });

  it('a missing corridors or places layer: says which distances are unavailable, keeps the rest', () => {
    const noCorridors = { ...syntheticLayers(), corridors: undefined };
    const r = parkSiteFacts(createContext(packLayers(noCorridors)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.unavailable).toEqual([
      { criterion: 'expressway', layer: 'corridors' },
      { criterion: 'road', layer: 'corridors' },
      { criterion: 'icd_rail', layer: 'corridors' },
    ]);
    const a = r.value.facts.find((f) => f.id === 'a')!;
    expect(a.raw.expressway).toBeNull();
    expect(a.raw.seaport).toBeCloseTo(haversineKm(106.55, 11.05, 106.7, 11.0), 9);
    const noPlaces = parkSiteFacts(createContext(packLayers({ ...syntheticLayers(), places: undefined })));
    expect(noPlaces.ok && noPlaces.value.unavailable.map((u) => u.criterion)).toEqual([
      'seaport',
      'airport',
      'icd_rail',
    ]);
    const scored = siteScoreReport(createContext(packLayers(noCorridors)), DEFAULT_SITE_WEIGHTS);
    expect(scored.ok && scored.value.rows.find((row) => row.id === 'a')!.known_count).toBe(4);
  });

  it('no parks layer is an error naming it; a bad status list is refused', () => {
    const r = parkSiteFacts(createContext(packLayers({ ...syntheticLayers(), parks: undefined })));
    expect(r).toMatchObject({ ok: false, error: 'missing_layer' });
    const bad = parkSiteFacts(createContext(packLayers(syntheticLayers())), {
      corridorStatuses: ['bogus' as 'planned'],
    });
    expect(bad).toMatchObject({ ok: false, error: 'unknown_status' });
  });
});

describe('the worker API', () => {
  it('answers siteScore with the same rows as siteScoreReport, cached per weights', () => {
    const api = createAnalysisApi();
    expect(api.siteScore(DEFAULT_SITE_WEIGHTS)).toMatchObject({ ok: false, error: 'not_loaded' });
    api.load(packLayers(syntheticLayers()));
    const a = api.siteScore(DEFAULT_SITE_WEIGHTS);
    expect(api.siteScore({ ...DEFAULT_SITE_WEIGHTS })).toBe(a);
    const direct = siteScoreReport(createContext(packLayers(syntheticLayers())), DEFAULT_SITE_WEIGHTS);
    expect(a).toEqual(direct);
    expect(api.siteScore({ ...DEFAULT_SITE_WEIGHTS, road: 0 })).not.toBe(a);
    for (const bad of [2.5, 6, -1, Number.NaN])
      expect(api.siteScore({ ...DEFAULT_SITE_WEIGHTS, area: bad })).toMatchObject({
        ok: false,
        error: 'invalid_weights',
      });
  });
});
