import type { Geometry } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LayerFeature } from '../../data/load-layer';
import { formatters } from '../../i18n';
import { useFilters } from '../../state/filters';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, hasClass, render, tag, text } from '../test-markup';
import { FieldFilter } from './FieldFilter';
import { columnFilterField, toggledValues, valueLabel, valueOptions } from './fields';
import { LayerFilterPanel } from './LayerFilterPanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const pt: Geometry = { type: 'Point', coordinates: [106.7, 11] };
const park = (
  id: string,
  status: string | null,
  district: string | null,
  year: number | null,
): LayerFeature => ({
  type: 'Feature',
  geometry: pt,
  properties: { id, name_vi: id, status, district_code: district, established_year: year },
});
const PARKS = [
  park('a', 'existing', '718', 1995),
  park('b', 'planned', '724', null),
  park('c', 'existing', '724', 2008),
  park('d', 'expanding', null, null),
];
const DISTRICTS: LayerFeature[] = [
  {
    type: 'Feature',
    geometry: null,
    properties: { code: '718', name_vi: 'Thủ Dầu Một', name_en: 'Thu Dau Mot' },
  },
  { type: 'Feature', geometry: null, properties: { code: '724', name_vi: 'Dĩ An', name_en: 'Di An' } },
];

beforeEach(() => {
  useFilters.getState().reset();
  useLayers.getState().reset();
  useLayers.getState().done('parks', PARKS);
  useLayers.getState().done('districts', DISTRICTS);
  useLanguage.setState({ lang: 'vi' });
});

describe('the values a filter offers come from the data', () => {
  it('statuses in the schema order, only those present, with counts, and always "unknown"', () => {
    expect(valueOptions('parks', 'status', PARKS)).toEqual([
      { value: 'existing', count: 2 },
      { value: 'expanding', count: 1 },
      { value: 'planned', count: 1 },
      { value: 'unknown', count: 0 },
    ]);
  });

  it('district codes present in the data, then "unknown" for the park without one', () => {
    expect(valueOptions('parks', 'district_code', PARKS).map((o) => o.value)).toEqual([
      '718',
      '724',
      'unknown',
    ]);
  });

  it('names values in the user language: statuses, corridor statuses, place kinds, districts', () => {
    const vi = formatters('vi');
    const en = formatters('en');
    expect(valueLabel(vi, 'parks', 'status', 'planned')).toBe('Quy hoạch');
    expect(valueLabel(en, 'corridors', 'status', 'existing')).toBe('Existing');
    expect(valueLabel(en, 'places', 'kind', 'logistics')).toBe('Logistics');
    expect(valueLabel(vi, 'parks', 'status', 'unknown')).toBe('Chưa rõ');
    expect(valueLabel(vi, 'parks', 'district_code', '724', (c) => (c === '724' ? 'Dĩ An' : null))).toBe(
      'Dĩ An',
    );
    expect(valueLabel(vi, 'parks', 'status', 'mothballed')).toBe('mothballed');
  });

  it('maps table columns to filter fields; unfilterable columns get none', () => {
    expect(columnFilterField('parks', 'district')).toBe('district_code');
    expect(columnFilterField('parks', 'established_year')).toBe('established_year');
    expect(columnFilterField('parks', 'name')).toBeNull();
    expect(columnFilterField('context', 'code')).toBeNull();
  });
});

describe('toggling a checkbox (Space on it) sets the allowed values', () => {
  const options = valueOptions('parks', 'status', PARKS);
  it('unchecking one of an unfiltered field allows all the others', () => {
    expect(toggledValues(options, null, 'planned', false)).toEqual(['existing', 'expanding', 'unknown']);
  });
  it('checking the last one back removes the field filter', () => {
    expect(toggledValues(options, ['existing', 'expanding', 'unknown'], 'planned', true)).toBeNull();
  });
  it('unchecking every value lets nothing through (not everything)', () => {
    expect(toggledValues(options, ['existing'], 'existing', false)).toEqual([]);
  });
});

describe('FieldFilter markup', () => {
  it('a labelled checkbox per value, checked as the store says', () => {
    useFilters.getState().setValues('parks', 'status', ['existing', 'unknown']);
    const root = render(<FieldFilter layer="parks" field="status" features={PARKS} idBase="t" />);
    expect(text(findOne(root, tag('legend')))).toBe('Trạng thái');
    const labels = findAll(root, hasClass('filter-value'));
    expect(labels.map((l) => text(l))).toEqual([
      'Đang hoạt động (2)',
      'Mở rộng (1)',
      'Quy hoạch (1)',
      'Chưa rõ (0)',
    ]);
    const checked = findAll(root, attr('type', 'checkbox')).map((c) => [
      c.attrs['data-value'],
      'checked' in c.attrs,
    ]);
    expect(checked).toEqual([
      ['existing', true],
      ['expanding', false],
      ['planned', false],
      ['unknown', true],
    ]);
  });

  it('districts by name', () => {
    const root = render(<FieldFilter layer="parks" field="district_code" features={PARKS} idBase="t" />);
    expect(findAll(root, hasClass('filter-value')).map((l) => text(l))).toEqual([
      'Thủ Dầu Một (1)',
      'Dĩ An (2)',
      'Chưa rõ (1)',
    ]);
  });

  it('a year range: two labelled fields holding the range, and how many parks it hides for want of a year', () => {
    useFilters.getState().setRange('parks', 'established_year', 2000, null);
    useLanguage.setState({ lang: 'en' });
    const root = render(<FieldFilter layer="parks" field="established_year" features={PARKS} idBase="t" />);
    const inputs = findAll(root, tag('input'));
    expect(inputs.map((i) => [i.attrs['aria-label'], i.attrs.value])).toEqual([
      ['Year established: from', '2000'],
      ['Year established: to', ''],
    ]);
    // b and d have no year: no range shows them, and the section says so.
    expect(text(findOne(root, attr('data-testid', 't-established_year-hidden')))).toBe(
      '2 features with unknown “Year established” are not shown',
    );
  });
});

describe('LayerFilterPanel', () => {
  it('is a named disclosure, folded at first, saying how many are shown when filtered', () => {
    useFilters.getState().setValues('parks', 'status', ['existing']);
    const root = render(<LayerFilterPanel layer="parks" title="KCN" />);
    const toggle = findOne(root, attr('data-filter-toggle', 'parks'));
    expect(toggle.attrs['aria-expanded']).toBe('false');
    // Named by its visible text (the layer's title hidden after it): no aria-label to drift from it.
    expect(toggle.attrs['aria-label']).toBeUndefined();
    expect(text(toggle).trim()).toBe('Lọc KCN · Hiện 2 / 4 đối tượng');
    const body = findOne(root, attr('id', toggle.attrs['aria-controls']!));
    expect('hidden' in body.attrs).toBe(true);
    expect(text(findOne(root, attr('data-testid', 'filter-parks-count')))).toBe('Hiện 2 / 4 đối tượng');
    expect(text(findOne(root, hasClass('filter-rule')))).toBe(
      'Phân tích dùng mọi đối tượng của lớp, bất kể bộ lọc.',
    );
    const clear = findOne(root, hasClass('layer-filter-clear'));
    expect('disabled' in clear.attrs).toBe(false);
    // Named by its visible text, then the layer's title (hidden): the spoken name starts with what is seen.
    expect(clear.attrs['aria-label']).toBeUndefined();
    expect(text(clear).trim()).toBe('Bỏ lọc KCN');
  });

  it('offers nothing to clear without a filter, and nothing at all for a layer without fields', () => {
    const root = render(<LayerFilterPanel layer="parks" title="KCN" />);
    expect('disabled' in findOne(root, hasClass('layer-filter-clear')).attrs).toBe(true);
    expect(render(<LayerFilterPanel layer="context" title="Bối cảnh" />).children).toEqual([]);
  });
});
