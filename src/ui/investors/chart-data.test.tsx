// The investors' chart data against hand-computed values, and the chart specs (what the wrapper
// draws and writes in its table alternative) built from it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../i18n';
import { useLanguage } from '../../state/language';
import { Chart } from '../charts/Chart';
import { findAll, findOne, render, tag, text } from '../test-markup';
import { areaByDistrictStatus, distanceProfile, parksPerYear } from './chart-data';
import { areaChartSpec, profileChartSpec, yearsChartSpec } from './chart-specs';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const en = formatters('en');
beforeEach(() => useLanguage.getState().setLanguage('en'));
/** The rows of the wrapper's table alternative, cell texts. */
const tableRows = (root: ReturnType<typeof render>) =>
  findAll(findOne(root, tag('tbody')), tag('tr')).map((tr) =>
    findAll(tr, (e) => e.tag === 'td' || e.tag === 'th').map(text),
  );

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

const exact0 = { value: 0, qualifier: 'exact' };

describe('area by district and status', () => {
  it('sums stated areas per status, counts unknown areas apart, leaves out excluded parks', () => {
    const r = areaByDistrictStatus(PARKS);
    expect(r.excluded).toEqual(['f']);
    expect(r.bars.map((b) => b.code)).toEqual(['721', '725', '']);
    expect(r.bars[0]).toMatchObject({
      code: '721',
      ha: { existing: 0, expanding: 1000, under_construction: 0, planned: 0, unknown: 50 },
      unknownArea: 0,
      unknownAreaIds: [],
    });
    expect(r.bars[1]).toMatchObject({
      code: '725',
      ha: { existing: 779.5, expanding: 0, under_construction: 0, planned: 0, unknown: 0 },
      unknownArea: 1,
      unknownAreaIds: ['c'],
      // No qualifier on a stated area counts as approximate; a cell of only unknown areas is unknown.
      area: {
        existing: { value: 779.5, qualifier: 'approximate' },
        planned: { value: null, qualifier: null },
        expanding: exact0,
      },
    });
    const spec = areaChartSpec(r, en, (c) => (c === '725' ? 'Di An' : ''));
    expect(spec.kind).toBe('stacked-bar');
    expect(spec.labels).toEqual(['721', 'Di An', 'No district code']);
    // The unknown-status series is there because park e has one.
    expect(spec.series.map((x) => x.label)).toEqual([
      'Existing',
      'Expanding',
      'Under construction',
      'Planned',
      'Status unknown',
    ]);
    const rows = tableRows(render(<Chart spec={spec} />));
    expect(rows[1]).toEqual(['Di An', '≈ 780 ha', '0 ha', '0 ha', 'Unknown', '0 ha']);
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
      plannedUnknown: 2, // c and f; e's status is not planned
    });
    const rows = tableRows(render(<Chart spec={yearsChartSpec(r, en)} />));
    expect(rows.slice(-3)).toEqual([
      ['2000', '1'],
      ['Planned', '2'],
      ['Year unknown', '1'],
    ]);
    expect(parksPerYear([])).toEqual({ years: [], unknown: 0, plannedUnknown: 0 });
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
    const root = render(<Chart spec={profileChartSpec('A', items, en)} />);
    expect(text(findOne(root, tag('caption')))).toBe(
      'Straight-line distance from A to the nearest of each kind',
    );
    const rows = tableRows(root);
    expect(rows[4]).toEqual(['Seaport', '12.3 km']);
    expect(rows[0]).toEqual(['Expressway', 'Unknown']);
  });
});
