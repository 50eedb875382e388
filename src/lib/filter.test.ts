import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  categoryOf,
  EMPTY_FILTER,
  filterSummary,
  isEmptyFilter,
  type LayerFilter,
  numberOf,
  passesField,
} from './filter';
import { buildFeatureIndex } from './search';

const park = (id: string, props: Record<string, unknown>) => ({
  type: 'Feature' as const,
  properties: { id, name_vi: id, ...props },
});

const PARKS = [
  park('a', { status: 'existing', district_code: '718', established_year: 1995, area_ha: 200 }),
  park('b', { status: 'planned', district_code: '719', established_year: null, area_ha: null }),
  park('c', { status: 'existing', district_code: '', established_year: 2008, area_ha: 1000 }),
  park('d', { status: 'expanding', district_code: '719', established_year: 2010, area_ha: 500.5 }),
  park('Đồng An', { status: 'existing', district_code: '725', established_year: 1996, area_ha: Number.NaN }),
];
const ids = (fs: readonly { properties: { id: string } }[]) => fs.map((f) => f.properties.id);
const filter = (fields: LayerFilter['fields'], query = ''): LayerFilter => ({ fields, query });

describe('values and numbers of properties', () => {
  it('names every missing categorical value "unknown"', () => {
    expect([null, undefined, '', '  ', Number.NaN].map(categoryOf)).toEqual(Array(5).fill('unknown'));
    expect(categoryOf(718)).toBe('718');
    expect(categoryOf('planned')).toBe('planned');
  });
  it('reads only finite numbers for ranges', () => {
    expect([null, '12', Number.NaN, Number.POSITIVE_INFINITY].map(numberOf)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(numberOf(0)).toBe(0);
  });
  it('checks ranges inclusively, with open sides', () => {
    expect(passesField(2000, { kind: 'range', min: 2000, max: 2010 })).toBe(true);
    expect(passesField(2010, { kind: 'range', min: 2000, max: 2010 })).toBe(true);
    expect(passesField(2011, { kind: 'range', min: 2000, max: 2010 })).toBe(false);
    expect(passesField(-5, { kind: 'range', min: null, max: 0 })).toBe(true);
    expect(passesField(null, { kind: 'range', min: null, max: null })).toBe(false);
  });
});

describe('applyFilters', () => {
  it('returns the same array for an empty filter', () => {
    expect(applyFilters(PARKS, EMPTY_FILTER)).toBe(PARKS);
    expect(isEmptyFilter(filter({}, ' , '))).toBe(true);
  });
  it('keeps the rows whose value is in the set, "unknown" meaning a missing value', () => {
    expect(ids(applyFilters(PARKS, filter({ status: { kind: 'values', values: ['existing'] } })))).toEqual([
      'a',
      'c',
      'Đồng An',
    ]);
    expect(
      ids(applyFilters(PARKS, filter({ district_code: { kind: 'values', values: ['unknown', '719'] } }))),
    ).toEqual(['b', 'c', 'd']);
    expect(applyFilters(PARKS, filter({ status: { kind: 'values', values: [] } }))).toEqual([]);
  });
  it('keeps rows within a range and never treats an unknown number as inside it', () => {
    const r = filter({ established_year: { kind: 'range', min: 1996, max: 2010 } });
    expect(ids(applyFilters(PARKS, r))).toEqual(['c', 'd', 'Đồng An']);
    const area = filter({ area_ha: { kind: 'range', min: null, max: 600 } });
    expect(ids(applyFilters(PARKS, area))).toEqual(['a', 'd']);
  });
  it('combines fields and the text query (all must hold)', () => {
    const f = filter(
      {
        status: { kind: 'values', values: ['existing', 'expanding'] },
        area_ha: { kind: 'range', min: 300, max: null },
      },
      '',
    );
    expect(ids(applyFilters(PARKS, f))).toEqual(['c', 'd']);
    expect(ids(applyFilters(PARKS, { ...f, query: 'd' }))).toEqual(['d']);
    const q = filter({ status: { kind: 'values', values: ['existing'] } }, 'dong an');
    expect(ids(applyFilters(PARKS, q))).toEqual(['Đồng An']);
  });
  it('uses a prepared search index when given', () => {
    const index = buildFeatureIndex(PARKS, ['status']);
    expect(ids(applyFilters(PARKS, filter({}, 'plan'), { index }))).toEqual(['b']);
    expect(ids(applyFilters(PARKS, filter({}, 'plan'), { searchFields: ['id'] }))).toEqual([]);
  });
  it('survives features without properties', () => {
    const rows = [{ type: 'Feature' as const, properties: null }, ...PARKS];
    expect(applyFilters(rows, filter({ status: { kind: 'values', values: ['unknown'] } }))).toEqual([
      rows[0],
    ]);
  });
});

describe('filterSummary', () => {
  it('counts shown rows and the rows a range hid for want of a value', () => {
    const f = filter({
      established_year: { kind: 'range', min: 1900, max: 2100 },
      area_ha: { kind: 'range', min: 0, max: null },
      status: { kind: 'values', values: ['existing', 'planned', 'expanding'] },
    });
    expect(filterSummary(PARKS, f)).toEqual({
      shown: 3,
      total: 5,
      unknownHidden: { established_year: 1, area_ha: 2 },
    });
  });
});
