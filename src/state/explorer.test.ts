import type { Feature } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParkDistancesReport } from '../analysis/park-distances';
import { sortBy, statusOrder } from '../lib/park-explorer';
import { explorerHighlight, explorerPassingIds, useExplorer } from './explorer';
import { useFilters } from './filters';
import { useLayers } from './layers';

const park = (id: string, p: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6, 11] },
  properties: { id, name_vi: `KCN ${id}`, name_en: `${id} IP`, ...p },
});

const FEATURES = [
  park('a', { status: 'existing', district_code: '721', area_ha: 500, developer: 'Becamex IDC' }),
  park('b', { status: 'existing', district_code: '725', area_ha: 120, developer: 'Đại Nam' }),
  park('c', { status: 'planned', district_code: '721', area_ha: null, developer: '' }),
  park('d', { status: 'existing', district_code: '721', area_ha: 900, developer: 'Becamex IDC' }),
  park('e', { status: 'expanding', district_code: '724', area_ha: 300, developer: 'VSIP' }),
];

const hit = (km: number) => ({ km, target: { id: 'x', name_vi: 'x', name_en: 'x' } });
const none = { national_road: null, ring_road: null, railway: null, port: null, airport: null, icd: null };
const DISTANCES: ParkDistancesReport = {
  rows: [
    { id: 'a', distances: { ...none, expressway: hit(4.2) } },
    { id: 'b', distances: { ...none, expressway: hit(10) } },
    { id: 'c', distances: { ...none, expressway: hit(2) } },
    { id: 'd', distances: { ...none, expressway: null } },
    { id: 'e', distances: { ...none, expressway: hit(10.01) } },
  ],
  unavailable: [],
  left_out: [],
};

beforeEach(() => {
  useExplorer.getState().reset();
  useFilters.getState().reset();
  useLayers.getState().reset();
  useLayers.getState().done('parks', FEATURES as never);
  useExplorer.getState().setDistances(DISTANCES);
});

describe('explorer filters', () => {
  it('closed: no highlight; open without filters: every park', () => {
    expect(explorerHighlight()).toBeNull();
    useExplorer.getState().setOpen(true);
    expect(explorerHighlight()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('existing parks within 10 km of an expressway: 10 km included, unknown distance excluded', () => {
    useFilters.getState().setValues('parks', 'status', ['existing']);
    useExplorer.getState().setMaxKm('expressway', 10);
    useExplorer.getState().setOpen(true);
    expect(explorerHighlight()).toEqual(['a', 'b']);
  });

  it('district, area range (unknown area never passes), developer and a diacritic-free query', () => {
    const f = useFilters.getState();
    f.setValues('parks', 'district_code', ['721']);
    expect(explorerPassingIds()).toEqual(['a', 'c', 'd']);
    f.setRange('parks', 'area_ha', 400, null);
    expect(explorerPassingIds()).toEqual(['a', 'd']);
    f.clearField('parks', 'district_code');
    f.clearField('parks', 'area_ha');
    f.setValues('parks', 'developer', ['Becamex IDC']);
    expect(explorerPassingIds()).toEqual(['a', 'd']);
    f.clearField('parks', 'developer');
    f.setQuery('parks', 'dai nam');
    expect(explorerPassingIds()).toEqual(['b']);
  });

  it('a distance filter before the distances arrive lets nothing through (unknown is not near)', () => {
    useExplorer.getState().setDistances(null);
    useExplorer.getState().setMaxKm('expressway', 50);
    expect(explorerPassingIds()).toEqual([]);
    useExplorer.getState().setMaxKm('expressway', null);
    expect(explorerPassingIds()).toHaveLength(5);
  });

  it('refuses a limit of 0 km or not a number', () => {
    expect(() => useExplorer.getState().setMaxKm('port', 0)).toThrow(RangeError);
    expect(() => useExplorer.getState().setMaxKm('port', Number.NaN)).toThrow(RangeError);
  });
});

describe('sorting', () => {
  it('unknown last in both directions, text folded, ties in input order', () => {
    const rows = [
      { id: 'x', v: 3 as number | null },
      { id: 'y', v: null },
      { id: 'z', v: 1 },
      { id: 'w', v: 3 },
    ];
    expect(sortBy(rows, (r) => r.v, 'asc').map((r) => r.id)).toEqual(['z', 'x', 'w', 'y']);
    expect(sortBy(rows, (r) => r.v, 'desc').map((r) => r.id)).toEqual(['x', 'w', 'z', 'y']);
    const names = ['Mỹ Phước', 'Đồng An', 'Bàu Bàng'];
    expect(sortBy(names, (n) => n, 'asc')).toEqual(['Bàu Bàng', 'Đồng An', 'Mỹ Phước']);
    expect(statusOrder('existing')).toBeLessThan(statusOrder('planned')!);
    expect(statusOrder(null)).toBeNull();
  });

  it('the same field again flips the direction', () => {
    const s = useExplorer.getState();
    s.sortBy('area');
    expect(useExplorer.getState().sort).toEqual({ field: 'area', dir: 'asc' });
    useExplorer.getState().sortBy('area');
    expect(useExplorer.getState().sort).toEqual({ field: 'area', dir: 'desc' });
  });
});

describe('picking parks to compare', () => {
  it('two to four; a fifth is refused with its id; a repeat is refused', () => {
    const s = useExplorer.getState();
    for (const id of ['a', 'b', 'c', 'd']) expect(s.pick(id)).toBeNull();
    expect(useExplorer.getState().picked).toEqual(['a', 'b', 'c', 'd']);
    expect(useExplorer.getState().pick('e')).toEqual({ reason: 'comparison_full', id: 'e' });
    expect(useExplorer.getState().picked).toEqual(['a', 'b', 'c', 'd']);
    expect(useExplorer.getState().refusal).toEqual({ reason: 'comparison_full', id: 'e' });
    useExplorer.getState().unpick('d');
    expect(useExplorer.getState().pick('a')).toEqual({ reason: 'already_compared', id: 'a' });
    expect(useExplorer.getState().pick('e')).toBeNull();
    expect(useExplorer.getState().picked).toEqual(['a', 'b', 'c', 'e']);
  });

  it('the comparison opens only with two or more, and closes when fewer remain', () => {
    const s = useExplorer.getState();
    s.pick('a');
    s.setCompareOpen(true);
    expect(useExplorer.getState().compareOpen).toBe(false);
    useExplorer.getState().pick('b');
    useExplorer.getState().setCompareOpen(true);
    expect(useExplorer.getState().compareOpen).toBe(true);
    useExplorer.getState().unpick('a');
    expect(useExplorer.getState().compareOpen).toBe(false);
    useExplorer.getState().setPicked(['a', 'b', 'c', 'd', 'e']);
    expect(useExplorer.getState()).toMatchObject({ picked: ['a', 'b', 'c', 'd'], compareOpen: true });
  });
});

describe('weights', () => {
  it('whole numbers 0–5 only', () => {
    const s = useExplorer.getState();
    s.setWeight('road', 0);
    expect(useExplorer.getState().weights.road).toBe(0);
    expect(() => s.setWeight('road', 6)).toThrow(RangeError);
    expect(() => s.setWeight('road', 2.5)).toThrow(RangeError);
    expect(() => s.setWeight('road', -1)).toThrow(RangeError);
  });
});
