import { describe, expect, it } from 'vitest';
import type { FilterSchema } from '../data/filter-fields';
import {
  FILTERS_HASH_KEY,
  type FiltersUrlState,
  filtersHashKey,
  formatFieldFilter,
  formatPlainDecimal,
  parseFieldFilter,
  splitFilterKey,
} from './filter-url';
import { type HashKey, readHashWith, writeHashWith } from './hash-reader';
import { URL_KEYS, type UrlState } from './url';

const TABLE = [FILTERS_HASH_KEY];
const read = (hash: string) => readHashWith<FiltersUrlState>(hash, TABLE, () => ({}));

describe('splitFilterKey', () => {
  it('splits the layer from the field at the last dot', () => {
    expect(splitFilterKey('parks.status')).toEqual(['parks', 'status']);
    expect(splitFilterKey('my.import.kind')).toEqual(['my.import', 'kind']);
    expect(splitFilterKey('parks')).toBeNull();
    expect(splitFilterKey('.status')).toBeNull();
    expect(splitFilterKey('parks.')).toBeNull();
    expect(splitFilterKey('pa rks.status')).toBeNull();
  });
});

describe('parseFieldFilter against the built layers', () => {
  it('reads a list of known values in the schema order, "unknown" allowed', () => {
    expect(parseFieldFilter('planned, existing,,unknown,planned', 'parks', 'status')).toEqual({
      kind: 'values',
      values: ['existing', 'planned', 'unknown'],
    });
    expect(parseFieldFilter('', 'parks', 'status')).toEqual({ kind: 'values', values: [] });
  });
  it('refuses unknown values, unknown fields and the wrong kind of filter', () => {
    expect(parseFieldFilter('existing,built', 'parks', 'status')).toBeNull();
    expect(parseFieldFilter('existing', 'parks', 'colour')).toBeNull();
    expect(parseFieldFilter('2000..2010', 'parks', 'status')).toBeNull();
    expect(parseFieldFilter('2000', 'parks', 'established_year')).toBeNull();
  });
  it('reads ranges with open sides and plain decimals only', () => {
    expect(parseFieldFilter('2000..2010', 'parks', 'established_year')).toEqual({
      kind: 'range',
      min: 2000,
      max: 2010,
    });
    expect(parseFieldFilter('12.5..', 'parks', 'area_ha')).toEqual({ kind: 'range', min: 12.5, max: null });
    expect(parseFieldFilter('..300.25', 'parks', 'area_ha')).toEqual({
      kind: 'range',
      min: null,
      max: 300.25,
    });
    for (const bad of ['..', '2010..2000', '1e3..', '0x10..', '..Infinity', '1...5', 'a..b'])
      expect(parseFieldFilter(bad, 'parks', 'established_year'), bad).toBeNull();
    expect(parseFieldFilter('1800..2000', 'parks', 'established_year')).toBeNull(); // outside the spec
    expect(parseFieldFilter('-1..', 'parks', 'area_ha')).toBeNull();
  });
  it('accepts any well-formed value for a layer the schema does not know', () => {
    const none: FilterSchema = {};
    expect(parseFieldFilter('a%2Cb,c', 'upload', 'tag', none)).toEqual({
      kind: 'values',
      values: ['a,b', 'c'],
    });
    expect(parseFieldFilter('-3..4', 'upload', 'depth', none)).toEqual({ kind: 'range', min: -3, max: 4 });
  });
});

describe('formatting', () => {
  it('writes numbers that parse back', () => {
    expect(formatPlainDecimal(2000)).toBe('2000');
    expect(formatPlainDecimal(-0)).toBe('0');
    expect(formatPlainDecimal(12.5)).toBe('12.5');
    expect(formatPlainDecimal(1 / 3)).toBe('0.333333');
    expect(formatPlainDecimal(1e-9)).toBe('0');
  });
  it('escapes commas and percent signs inside values', () => {
    expect(formatFieldFilter({ kind: 'values', values: ['a,b', '50%', 'c'] })).toBe('a%2Cb,50%25,c');
    expect(formatFieldFilter({ kind: 'range', min: null, max: 30 })).toBe('..30');
  });
});

describe('the f. key family in a hash', () => {
  it('reads several layers and fields and the text query', () => {
    const r = read(
      '#f.parks.status=existing,planned&f.parks.established_year=2000..&f.parks.q=thu%20dau&f.corridors.kind=railway',
    );
    expect(r.ignored).toEqual([]);
    expect(r.state.filters).toEqual({
      parks: {
        fields: {
          status: { kind: 'values', values: ['existing', 'planned'] },
          established_year: { kind: 'range', min: 2000, max: null },
        },
        query: 'thu dau',
      },
      corridors: { fields: { kind: { kind: 'values', values: ['railway'] } }, query: '' },
    });
  });
  it('takes the last value of a repeated key and reports it', () => {
    const r = read('#f.parks.status=planned&f.parks.status=existing');
    expect(r.state.filters?.parks?.fields.status).toEqual({ kind: 'values', values: ['existing'] });
    expect(r.corrected).toEqual([{ key: 'f.parks.status', reason: 'repeated', count: 2 }]);
  });
  it('names an invalid value in the notice and keeps the valid keys', () => {
    const r = read(`#f.parks.status=bogus&f.parks.area_ha=100..200&f.parks=1&f.parks.q=${'x'.repeat(201)}`);
    expect(r.ignored).toEqual(['f.parks.status', 'f.parks', 'f.parks.q']);
    expect(r.state.filters).toEqual({
      parks: { fields: { area_ha: { kind: 'range', min: 100, max: 200 } }, query: '' },
    });
  });
  it('writes what it reads, in a stable order', () => {
    const state: FiltersUrlState = {
      filters: {
        parks: {
          fields: {
            status: { kind: 'values', values: ['existing', 'unknown'] },
            area_ha: { kind: 'range', min: 12.5, max: null },
          },
          query: 'Sóng Thần',
        },
        districts: { fields: {}, query: '  ' },
      },
    };
    const hash = writeHashWith(state, TABLE);
    expect(hash).toBe(
      '#f.parks.area_ha=12.5..&f.parks.status=existing,unknown&f.parks.q=S%C3%B3ng%20Th%E1%BA%A7n',
    );
    expect(read(hash).state.filters?.parks).toEqual(state.filters!.parks);
    expect(writeHashWith({}, TABLE)).toBe('');
  });
  it('round-trips a value with a comma for an open layer', () => {
    const table = [filtersHashKey<FiltersUrlState>({})];
    const state: FiltersUrlState = {
      filters: { upload: { fields: { tag: { kind: 'values', values: ['a,b', 'c'] } }, query: '' } },
    };
    const hash = writeHashWith(state, table);
    expect(readHashWith<FiltersUrlState>(hash, table, () => ({})).state).toEqual(state);
  });
});

describe("beside the app's other keys (registered in url.ts)", () => {
  type State = UrlState & FiltersUrlState;
  const table: readonly HashKey<State>[] = URL_KEYS;
  it('reads and writes filters together with lang, layers and the camera', () => {
    const r = readHashWith<State>(
      '#lang=en&layers=parks&f.parks.status=planned&z=10&f.parks.q=Đồng',
      table,
      () => ({}),
    );
    expect(r.ignored).toEqual([]);
    expect(r.state).toEqual({
      lang: 'en',
      layers: ['parks'],
      zoom: 10,
      filters: { parks: { fields: { status: { kind: 'values', values: ['planned'] } }, query: 'Đồng' } },
    });
    expect(writeHashWith(r.state, table)).toBe(
      '#lang=en&layers=parks&z=10&f.parks.status=planned&f.parks.q=%C4%90%E1%BB%93ng',
    );
  });
});
