import { describe, expect, it } from 'vitest';
import type { LayerFilter } from './filter';
import { describeFilter } from './filter-describe';

const PARKS: LayerFilter = {
  fields: {
    status: { kind: 'values', values: ['existing', 'planned', 'unknown'] },
    established_year: { kind: 'range', min: 2000, max: 2010 },
    area_ha: { kind: 'range', min: 1234.5, max: null },
  },
  query: ' thu dau ',
};

describe('describeFilter', () => {
  it('says each field, range and the query in Vietnamese', () => {
    expect(describeFilter(PARKS, 'vi')).toEqual([
      'Trạng thái: Đang hoạt động, Quy hoạch, Chưa rõ',
      'Năm thành lập: 2000 – 2010',
      'Diện tích (ha): từ 1.234,5',
      'Tìm “thu dau”',
    ]);
  });
  it('says the same in English with English number format', () => {
    expect(describeFilter(PARKS, 'en')).toEqual([
      'Status: Existing, Planned, Unknown',
      'Year established: 2000 – 2010',
      'Area (ha): from 1,234.5',
      'Search “thu dau”',
    ]);
  });
  it('names corridor and place kinds, an empty set and an upper bound', () => {
    const f: LayerFilter = {
      fields: {
        kind: { kind: 'values', values: ['railway', 'logistics'] },
        area_km2_official: { kind: 'range', min: null, max: 60.1 },
        unit_type: { kind: 'values', values: [] },
      },
      query: '',
    };
    expect(describeFilter(f, 'en')).toEqual([
      'Kind: Railway, Logistics',
      'Area (km²): up to 60.1',
      'Administrative level: no value',
    ]);
  });
  it("uses the caller's labels and falls back to the raw names", () => {
    const f: LayerFilter = {
      fields: {
        district_code: { kind: 'values', values: ['718', '999'] },
        tag: { kind: 'values', values: ['x'] },
      },
      query: '',
    };
    const names: Record<string, string> = { '718': 'Thủ Dầu Một' };
    expect(describeFilter(f, 'vi', { valueLabel: (_, v) => names[v] })).toEqual([
      'Thành phố, huyện: Thủ Dầu Một, 999',
      'tag: x',
    ]);
  });
  it('adds how many rows a range hid for want of a value', () => {
    const summary = { shown: 30, total: 36, unknownHidden: { established_year: 5, area_ha: 0 } };
    expect(describeFilter(PARKS, 'vi', { summary }).at(-1)).toBe(
      '5 đối tượng chưa rõ “Năm thành lập” không được hiện',
    );
    expect(describeFilter(PARKS, 'en', { summary })).toHaveLength(5);
  });
  it('says nothing for an empty filter', () => {
    expect(describeFilter({ fields: {}, query: '  ' }, 'vi')).toEqual([]);
  });
});
