import { describe, expect, it } from 'vitest';
import type { ParkDistancesRow } from '../../analysis/park-distances';
import { formatters } from '../../i18n';
import { bestCells, comparisonRows, parkViews } from './model';

const f = formatters('en');
const hit = (km: number, name: string) => ({ km, target: { id: name, name_vi: name, name_en: name } });
const none = { national_road: null, ring_road: null, railway: null, port: null, airport: null, icd: null };

describe('best value per row', () => {
  it('marks the lowest or highest known value, ties included; none when fewer than two or all equal', () => {
    expect(bestCells([3, null, 1, 1], 'min')).toEqual([false, false, true, true]);
    expect(bestCells([3, null, 1], 'max')).toEqual([true, false, false]);
    expect(bestCells([5, null], 'min')).toEqual([false, false]);
    expect(bestCells([100, 100, null], 'min')).toEqual([false, false, false]);
  });
});

describe('comparison rows', () => {
  const features = [
    {
      properties: {
        id: 'a',
        name_en: 'A',
        status: 'existing',
        area_ha: 500,
        area_qualifier: 'approximate',
        developer: 'X',
      },
    },
    {
      properties: {
        id: 'b',
        name_en: 'B',
        status: 'planned',
        area_ha: null,
        area_qualifier: null,
        developer: '',
      },
    },
    { properties: { id: 'c', name_en: 'C', status: 'expanding', area_ha: 200, area_qualifier: 'exact' } },
  ];
  const distances = new Map<string, ParkDistancesRow>([
    ['a', { id: 'a', distances: { ...none, expressway: hit(4.25, 'E1') } }],
    ['b', { id: 'b', distances: { ...none, expressway: hit(1.5, 'E2') } }],
  ]);
  const rows = comparisonRows(parkViews(features, distances, undefined), f, () => '');
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('keeps qualifiers, writes unknown, marks the best with a word-bearing flag', () => {
    expect(row('area').cells.map((c) => [c.text, c.best])).toEqual([
      ['≈ 500 ha', true],
      ['Unknown', false],
      ['200 ha', false],
    ]);
    expect(row('status').cells.map((c) => c.best)).toEqual([true, false, false]);
    expect(row('developer').cells.map((c) => c.unknown)).toEqual([false, true, true]);
    expect(row('land_price').cells.every((c) => c.unknown)).toBe(true);
  });

  it('distances say straight-line and name the nearest feature; the shortest is best', () => {
    const d = row('distance_expressway');
    expect(d.label).toMatch(/straight line/);
    expect(d.cells.map((c) => [c.text, c.best])).toEqual([
      ['4.3 km straight-line – E1', false],
      ['1.5 km straight-line – E2', true],
      ['Unknown', false],
    ]);
  });
});

describe('sort values', () => {
  it('every sort field has a value or null (unknown), never a throw', async () => {
    const { SORT_FIELDS, sortBy } = await import('../../lib/park-explorer');
    const { sortValue } = await import('./model');
    const views = parkViews(
      [
        { properties: { id: 'x', name_en: 'X', location_confidence: 'low', occupancy_pct: 100 } },
        { properties: { id: 'y', name_en: 'Y', location_confidence: 'high' } },
      ],
      new Map(),
      undefined,
    );
    for (const field of SORT_FIELDS)
      for (const v of views) expect(sortValue(v, field, f, () => '')).not.toBeUndefined();
    const byConfidence = sortBy(views, (v) => sortValue(v, 'confidence', f, () => ''), 'asc');
    expect(byConfidence.map((v) => v.id)).toEqual(['y', 'x']);
    const byOccupancy = sortBy(views, (v) => sortValue(v, 'occupancy', f, () => ''), 'desc');
    expect(byOccupancy.map((v) => v.id)).toEqual(['x', 'y']);
  });
});

describe('sources', () => {
  it('a park lists its sources and those of its occupancy and workforce figures, once each', async () => {
    const { allSources, occupancyText } = await import('./model');
    const p = {
      sources: 'https://a.gov.vn/x https://b.vn/y',
      occupancy_source: 'https://b.vn/y https://c.vn/z',
      workers_source: '',
      occupancy_year: '',
    };
    expect(allSources(p)).toBe('https://a.gov.vn/x https://b.vn/y https://c.vn/z');
    expect(occupancyText(p, 100, f)).toBe('100 % (the source gives no year: b.vn/y, c.vn/z)');
  });
});
