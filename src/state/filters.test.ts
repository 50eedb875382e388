import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../lib/filter';
import { selectLayerFilter, useFilters } from './filters';

const state = () => useFilters.getState();

describe('filters store', () => {
  beforeEach(() => state().reset());

  it('holds one filter per layer id, any string', () => {
    state().setValues('parks', 'status', ['existing', 'planned', 'existing']);
    state().setRange('upload-2026.csv', 'depth', 2, null);
    expect(state().filters).toEqual({
      parks: { fields: { status: { kind: 'values', values: ['existing', 'planned'] } }, query: '' },
      'upload-2026.csv': { fields: { depth: { kind: 'range', min: 2, max: null } }, query: '' },
    });
  });

  it('drops a field when cleared and a layer when nothing is left', () => {
    state().setValues('parks', 'status', ['existing']);
    state().setQuery('parks', 'dong an');
    state().clearField('parks', 'status');
    expect(state().filters.parks).toEqual({ fields: {}, query: 'dong an' });
    state().setQuery('parks', '  ');
    expect(state().filters).toEqual({});
    state().setRange('parks', 'area_ha', 10, 20);
    state().setRange('parks', 'area_ha', null, null);
    expect(state().filters).toEqual({});
    state().setValues('parks', 'status', ['planned']);
    state().setValues('parks', 'status', null);
    expect(state().filters).toEqual({});
  });

  it('keeps an empty value set: it deliberately shows nothing', () => {
    state().setValues('parks', 'status', []);
    expect(state().filters.parks?.fields.status).toEqual({ kind: 'values', values: [] });
  });

  it('refuses an inverted or non-finite range and leaves the state as it was', () => {
    state().setRange('parks', 'area_ha', 10, 20);
    expect(() => state().setRange('parks', 'area_ha', 30, 20)).toThrow(RangeError);
    expect(() => state().setRange('parks', 'area_ha', Number.NaN, null)).toThrow(RangeError);
    expect(state().filters.parks?.fields.area_ha).toEqual({ kind: 'range', min: 10, max: 20 });
  });

  it("keeps other layers' filter objects unchanged, and a stable empty filter", () => {
    state().setValues('corridors', 'kind', ['railway']);
    const before = state().filters.corridors;
    state().setQuery('parks', 'song than');
    expect(state().filters.corridors).toBe(before);
    expect(selectLayerFilter('places')(state())).toBe(EMPTY_FILTER);
    expect(selectLayerFilter('parks')(state()).query).toBe('song than');
  });

  it('replaces every filter from a link, dropping empty ones', () => {
    state().setValues('corridors', 'kind', ['railway']);
    state().replaceAll({
      parks: { fields: { established_year: { kind: 'range', min: 2000, max: 2010 } }, query: '' },
      places: { fields: {}, query: '' },
    });
    expect(Object.keys(state().filters)).toEqual(['parks']);
    state().clearLayer('parks');
    expect(state().filters).toEqual({});
  });
});
