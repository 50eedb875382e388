// The investors' chart data against hand-computed values, and their table alternatives.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { findAll, findOne, render, tag, text } from '../test-markup';
import { AreaByDistrictTable, DistanceProfileTable, ParksPerYearTable } from './ChartTables';
import { areaByDistrictStatus, distanceProfile, parksPerYear } from './chart-data';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const park = (id: string, p: Record<string, unknown>) => ({ properties: { id, ...p } });
const PARKS = [
  park('a', { district_code: '725', status: 'existing', area_ha: 500, established_year: 1996 }),
  park('b', { district_code: '725', status: 'existing', area_ha: 279.5, established_year: 1996 }),
  park('c', { district_code: '725', status: 'planned', area_ha: null, established_year: null }),
  park('d', { district_code: '721', status: 'expanding', area_ha: 1000, established_year: 1999 }),
  park('e', { district_code: '721', status: 'bogus', area_ha: 50 }),
  park('f', {
    district_code: '721',
    status: 'planned',
    area_ha: 900,
    totals_exclusion_reason: 'same land as d',
  }),
  park('g', { status: 'existing', area_ha: 10, established_year: 2000 }),
];

beforeEach(() => useLanguage.getState().setLanguage('en'));

describe('area by district and status', () => {
  it('sums stated areas per status, counts unknown areas apart, leaves out excluded parks', () => {
    const r = areaByDistrictStatus(PARKS);
    expect(r.excluded).toEqual(['f']);
    expect(r.bars.map((b) => b.code)).toEqual(['721', '725', '']);
    expect(r.bars[0]).toEqual({
      code: '721',
      ha: { existing: 0, expanding: 1000, under_construction: 0, planned: 0, unknown: 50 },
      unknownArea: 0,
    });
    expect(r.bars[1]).toEqual({
      code: '725',
      ha: { existing: 779.5, expanding: 0, under_construction: 0, planned: 0, unknown: 0 },
      unknownArea: 1,
    });
    const root = render(<AreaByDistrictTable data={r} districtName={(c) => (c === '725' ? 'Di An' : '')} />);
    const rows = findAll(findOne(root, tag('tbody')), tag('tr')).map((tr) =>
      findAll(tr, (e) => e.tag === 'td' || e.tag === 'th').map(text),
    );
    expect(rows[1]).toEqual(['Di An', '780', '0', '0', '0', '0', '780', '1']);
    expect(rows[2]![0]).toBe('No district code');
    expect(text(findOne(root, tag('tfoot')))).toContain('f');
  });
});

describe('parks per year', () => {
  it('every year from the first to the last, gaps as 0, unknown year counted', () => {
    const r = parksPerYear(PARKS);
    expect(r).toEqual({
      years: [
        { year: 1996, count: 2 },
        { year: 1997, count: 0 },
        { year: 1998, count: 0 },
        { year: 1999, count: 1 },
        { year: 2000, count: 1 },
      ],
      unknown: 3,
    });
    const root = render(<ParksPerYearTable data={r} />);
    const last = findAll(root, tag('tr')).at(-1)!;
    expect(text(last)).toBe('Year unknown3');
    expect(parksPerYear([])).toEqual({ years: [], unknown: 0 });
  });
});

describe('distance profile', () => {
  it('each kind in order; an unloaded layer and an absent kind said apart', () => {
    const hit = { km: 12.34, target: { id: 'cl', name_vi: 'Cảng Cát Lái', name_en: 'Cat Lai Port' } };
    const row = {
      id: 'a',
      distances: {
        expressway: null,
        national_road: null,
        ring_road: null,
        railway: null,
        port: hit,
        airport: null,
        icd: null,
      },
    };
    const items = distanceProfile(row, new Set(['corridors'] as const));
    expect(items.map((i) => [i.kind, i.km, i.missing])).toEqual([
      ['expressway', null, 'layer_unavailable'],
      ['national_road', null, 'layer_unavailable'],
      ['ring_road', null, 'layer_unavailable'],
      ['railway', null, 'layer_unavailable'],
      ['port', 12.34, null],
      ['airport', null, 'none'],
      ['icd', null, 'none'],
    ]);
    const root = render(<DistanceProfileTable park="A" items={items} />);
    expect(text(findOne(root, tag('caption')))).toBe(
      'Straight-line distance from A to the nearest of each kind',
    );
    const port = findOne(root, (e) => e.attrs['data-kind'] === 'port');
    expect(findAll(port, (e) => e.tag === 'td').map(text)).toEqual(['12.3', 'Cat Lai Port']);
  });
});
