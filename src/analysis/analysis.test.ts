// Synthetic end-to-end checks of the analysis functions and their error results.
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtAreas, featureArea } from './areas';
import { CancelToken } from './cancel';
import { createContext } from './context';
import { haversineKm } from './geo';
import { packLayers } from './pack';
import { parkProximity, parkProximityAsync } from './proximity';
import { park, syntheticContext, syntheticLayers } from './test-fixtures';
import { whereAmI } from './where';
import { withinDistance } from './within';

describe('districtAreas', () => {
  it('sums stated areas by status, counts unknown areas separately and computes the share', () => {
    const r = districtAreas(syntheticContext());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [d1, d2] = r.value.districts;
    expect(d1!.by_status.existing).toEqual({ count: 1, area_ha: 100, unknown_area_count: 0 });
    expect(d2!.by_status.planned).toEqual({ count: 1, area_ha: 0, unknown_area_count: 1 });
    expect(d2!.total).toEqual({ count: 2, area_ha: 50, unknown_area_count: 1 });
    expect(d2!.unknown_area_park_ids).toEqual(['b']);
    expect(d1!.industrial_share.total).toBeCloseTo(1 / d1!.area_km2, 12);
    expect(r.value.province.total.area_ha).toBe(150);
    expect(r.value.province.total.unknown_area_count).toBe(1);
    expect(r.value.area_basis).toBe('stated_area_ha');
    expect(r.value.notes.join(' ')).toMatch(/schematic circles/);
  });

  it('leaves a park with a totals_exclusion_reason out of every count and sum, and lists it', () => {
    const layers = syntheticLayers();
    const dup = park('dup', [106.56, 11.05], 'existing', 900, '1');
    dup.properties!.totals_exclusion_reason = 'may be the same land as a';
    layers.parks = [...(layers.parks as Feature[]), dup];
    const r = districtAreas(createContext(packLayers(layers)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.districts[0]!.by_status.existing).toEqual({
      count: 1,
      area_ha: 100,
      unknown_area_count: 0,
    });
    expect(r.value.districts[0]!.excluded_park_ids).toEqual(['dup']);
    expect(r.value.province.total.area_ha).toBe(150);
    expect(r.value.province.excluded_park_ids).toEqual(['dup']);
  });

  it('restricts the total to the chosen park statuses', () => {
    const r = districtAreas(syntheticContext(), { parkStatuses: ['planned'] });
    expect(r.ok && r.value.province.total).toEqual({ count: 1, area_ha: 0, unknown_area_count: 1 });
    expect(r.ok && r.value.province.by_status.existing.area_ha).toBe(150);
  });

  it('returns typed errors', () => {
    expect(districtAreas(syntheticContext(), { parkStatuses: [] })).toMatchObject({
      ok: false,
      error: 'empty_selection',
    });
    expect(districtAreas(syntheticContext(), { parkStatuses: ['bogus' as never] })).toMatchObject({
      ok: false,
      error: 'unknown_status',
    });
    const { districts: _, ...rest } = syntheticLayers();
    expect(districtAreas(createContext(packLayers(rest)))).toMatchObject({
      ok: false,
      error: 'missing_layer',
      details: { layer: 'districts' },
    });
  });

  it('feature areas: district from the boundary, park from the stated area (null when unknown)', () => {
    const ctx = syntheticContext();
    expect(featureArea(ctx, 'parks', 'a')).toMatchObject({ ok: true, value: { area_ha: 100, area_km2: 1 } });
    expect(featureArea(ctx, 'parks', 'b')).toMatchObject({ ok: true, value: { area_ha: null } });
    expect(featureArea(ctx, 'districts', '1')).toMatchObject({
      ok: true,
      value: { basis: 'geodesic_boundary' },
    });
    expect(featureArea(ctx, 'parks', 'zzz')).toMatchObject({ ok: false, error: 'empty_selection' });
  });
});

describe('parkProximity', () => {
  it('finds the nearest corridor per kind and logistics place per sub-kind', () => {
    const r = parkProximity(syntheticContext());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.value.rows.find((row) => row.park.id === 'a')!;
    expect(a.corridors.expressway?.id).toBe('e1');
    // e1 runs along a parallel; as a great-circle arc it bulges ~1.4 m north here.
    expect(a.corridors.expressway?.distance_km).toBeCloseTo(haversineKm(106.55, 11.05, 106.55, 11.06), 2);
    expect(a.corridors.railway?.id).toBe('r1');
    expect(a.corridors.metro).toBeNull();
    expect(a.logistics.port?.id).toBe('cat_lai');
    expect(a.logistics.airport?.id).toBe('tan_son_nhat');
    expect(a.logistics.icd).toBeNull();
  });

  it('is status-aware', () => {
    const r = parkProximity(syntheticContext(), { corridorStatuses: ['existing'] });
    expect(r.ok && r.value.rows[0]!.corridors.railway).toBeNull();
    expect(r.ok && r.value.corridor_statuses).toEqual(['existing']);
  });

  it('selection errors', () => {
    const ctx = syntheticContext();
    expect(parkProximity(ctx, { parkIds: [] })).toMatchObject({ ok: false, error: 'empty_selection' });
    expect(parkProximity(ctx, { parkIds: ['nope'] })).toMatchObject({ ok: false, error: 'empty_selection' });
    expect(parkProximity(ctx, { corridorStatuses: [] })).toMatchObject({
      ok: false,
      error: 'empty_selection',
    });
    expect(parkProximity(null as never)).toMatchObject({ ok: false, error: 'not_loaded' });
  });

  it('async: progress and cancellation', async () => {
    const ctx = syntheticContext();
    const progress: number[] = [];
    const r = await parkProximityAsync(ctx, {}, { chunkSize: 1, onProgress: (p) => progress.push(p.done) });
    expect(r.ok).toBe(true);
    expect(progress).toEqual([1, 2, 3]);
    const token = new CancelToken();
    const pending = parkProximityAsync(
      ctx,
      {},
      { chunkSize: 1, signal: token, onProgress: () => token.cancel() },
    );
    expect(await pending).toMatchObject({ ok: false, error: 'cancelled' });
  });
});

describe('withinDistance', () => {
  const ctx = syntheticContext();
  it('corridor, kind, place and logistics targets', () => {
    const r = withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km: 2 });
    expect(r.ok && r.value.parks.map((p) => p.park.id)).toEqual(['a', 'b']);
    expect(r.ok && r.value.zone?.geometry.type).toBe('Polygon');
    const k = withinDistance(ctx, { target: { type: 'kind', kind: 'railway' }, km: 3, zone: false });
    expect(k.ok && k.value.parks.map((p) => p.park.id)).toEqual(['c']);
    expect(k.ok && k.value.zone).toBeNull();
    const none = withinDistance(ctx, {
      target: { type: 'kind', kind: 'railway' },
      km: 3,
      corridorStatuses: ['existing'],
    });
    expect(none).toMatchObject({ ok: false, error: 'empty_selection' });
    const p = withinDistance(ctx, { target: { type: 'place', id: 'cat_lai' }, km: 10 });
    expect(p.ok && p.value.parks.map((x) => x.park.id)).toEqual(['b', 'c']);
    const l = withinDistance(ctx, { target: { type: 'logistics', kind: 'airport' }, km: 10 });
    expect(l.ok && l.value.parks.map((x) => x.park.id)).toEqual(['a']);
  });

  it('typed errors for bad input', () => {
    for (const km of [0, -1, 200.01, Number.NaN, '5' as never]) {
      expect(withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km })).toMatchObject({
        ok: false,
        error: 'distance_out_of_range',
      });
    }
    expect(withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km: 200 }).ok).toBe(true);
    expect(withinDistance(ctx, { target: { type: 'corridor', id: 'x' }, km: 1 })).toMatchObject({
      error: 'unknown_corridor',
    });
    expect(withinDistance(ctx, { target: { type: 'place', id: 'x' }, km: 1 })).toMatchObject({
      error: 'unknown_place',
    });
    expect(withinDistance(ctx, { target: { type: 'kind', kind: 'x' as never }, km: 1 })).toMatchObject({
      error: 'unknown_kind',
    });
    expect(withinDistance(ctx, undefined as never)).toMatchObject({ error: 'empty_selection' });
    const { corridors: _, ...rest } = syntheticLayers();
    expect(
      withinDistance(createContext(packLayers(rest)), { target: { type: 'kind', kind: 'railway' }, km: 1 }),
    ).toMatchObject({
      error: 'missing_layer',
    });
  });
});

describe('whereAmI', () => {
  it('district, nearest park and nearest corridor', () => {
    const r = whereAmI(syntheticContext(), [106.61, 11.03]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.district?.code).toBe('2');
    expect(r.value.nearest_park?.id).toBe('c');
    expect(r.value.nearest_corridor?.id).toBe('r1');
    const existing = whereAmI(syntheticContext(), [106.61, 11.03], { corridorStatuses: ['existing'] });
    expect(existing.ok && existing.value.nearest_corridor?.id).toBe('e1');
    const outside = whereAmI(syntheticContext(), [105, 10]);
    expect(outside.ok && outside.value.district).toBeNull();
  });

  it('invalid point', () => {
    expect(whereAmI(syntheticContext(), [200, 0])).toMatchObject({ ok: false, error: 'invalid_point' });
    expect(whereAmI(syntheticContext(), null as never)).toMatchObject({ ok: false, error: 'invalid_point' });
  });
});
