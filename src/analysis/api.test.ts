import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from './api';
import { packLayers, transferablesOf } from './pack';
import { syntheticLayers } from './test-fixtures';

describe('analysis API (what the worker exposes)', () => {
  it('answers not_loaded before load, then caches per input', async () => {
    const api = createAnalysisApi();
    expect(api.districtAreas()).toMatchObject({ ok: false, error: 'not_loaded' });
    expect(await api.parkProximity()).toMatchObject({ ok: false, error: 'not_loaded' });
    const summary = api.load(packLayers(syntheticLayers()));
    expect(summary.counts).toMatchObject({
      districts: 2,
      parks: 3,
      corridors: 2,
      corridor_segments: 2,
      places: 2,
    });
    const a = api.districtAreas();
    expect(api.districtAreas()).toBe(a);
    expect(api.districtAreas({ parkStatuses: ['existing'] })).not.toBe(a);
    const w = api.within({ target: { type: 'corridor', id: 'e1' }, km: 2 });
    expect(api.within({ target: { type: 'corridor', id: 'e1' }, km: 2 })).toBe(w);
    const p = await api.parkProximity();
    expect(await api.parkProximity()).toBe(p);
    expect(api.cacheSize()).toBe(4);
    api.load(packLayers(syntheticLayers()));
    expect(api.cacheSize()).toBe(0);
  });

  it('cancels a running job by id', async () => {
    const api = createAnalysisApi();
    const many = syntheticLayers();
    const parks = Array.from({ length: 5000 }, (_, i) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'Point' as const,
        coordinates: [106.5 + (i % 100) * 0.002, 11 + Math.floor(i / 100) * 0.002],
      },
      properties: {
        id: `p${i}`,
        status: 'existing',
        area_ha: 1,
        district_code: '1',
        name_en: '',
        name_vi: '',
      },
    }));
    many.parks = parks;
    api.load(packLayers(many));
    const progress: number[] = [];
    const job = api.parkProximity({}, 'j1', (p) => {
      progress.push(p.done);
      if (progress.length === 1) api.cancel('j1');
    });
    expect(await job).toMatchObject({ ok: false, error: 'cancelled' });
    expect(progress.length).toBe(1);
    // Not cached: the next call runs to the end.
    const again = await api.parkProximity({}, 'j2');
    expect(again.ok && again.value.rows.length).toBe(5000);
  });

  it('lists every buffer of the packed layers for transfer', () => {
    const packed = packLayers(syntheticLayers());
    expect(transferablesOf(packed).length).toBe(9);
  });

  it('measure is exposed and never throws', () => {
    const api = createAnalysisApi();
    expect(api.measure({ type: 'Point', coordinates: [0, 0] })).toMatchObject({
      ok: false,
      error: 'invalid_geometry',
    });
  });
});
