import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Language, useLanguage } from '../../state/language';
import { attr, controls, findAll, findOne, LANGS, render, tag, text } from '../test-markup';
import { type Column, nextSort, SortableTable, sortRows } from './SortableTable';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

interface Row {
  id: string;
  name: string;
  km: number | null;
}
const rows: Row[] = [
  { id: 'a', name: 'Bàu Bàng', km: 3 },
  { id: 'b', name: 'An Tây', km: null },
  { id: 'c', name: 'Đất Cuốc', km: 1 },
  { id: 'd', name: 'Mỹ Phước', km: 10 },
];
const columns: Column<Row>[] = [
  { id: 'name', label: 'Name', value: (r) => r.name },
  {
    id: 'km',
    label: 'Km',
    value: (r) => r.km,
    render: (r) => (r.km === null ? '—' : `${r.km} km`),
    numeric: true,
  },
];

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

describe('sortRows', () => {
  it('sorts numbers both ways with unknown values last', () => {
    const ids = (s: Row[]) => s.map((r) => r.id).join('');
    expect(ids(sortRows(rows, columns, { column: 'km', dir: 'ascending' }))).toBe('cadb');
    expect(ids(sortRows(rows, columns, { column: 'km', dir: 'descending' }))).toBe('dacb');
    expect(ids(sortRows(rows, columns, null))).toBe('abcd');
  });

  it('sorts Vietnamese names by letter, not by code point', () => {
    expect(sortRows(rows, columns, { column: 'name', dir: 'ascending' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });

  it('a header click sorts ascending, then flips', () => {
    expect(nextSort(null, 'km')).toEqual({ column: 'km', dir: 'ascending' });
    expect(nextSort({ column: 'km', dir: 'ascending' }, 'km')).toEqual({ column: 'km', dir: 'descending' });
    expect(nextSort({ column: 'km', dir: 'descending' }, 'name')).toEqual({
      column: 'name',
      dir: 'ascending',
    });
  });
});

describe('SortableTable', () => {
  const table = (props: Partial<Parameters<typeof SortableTable<Row>>[0]> = {}) =>
    render(
      <SortableTable<Row>
        caption="Test table"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        onChoose={() => {}}
        geometryOf={() => null}
        testId="t"
        {...props}
      />,
    );

  it('marks the sorted column with aria-sort and the others with none', () => {
    const root = table({ initialSort: { column: 'km', dir: 'descending' } });
    const headers = findAll(root, (el) => el.tag === 'th' && el.attrs.scope === 'col');
    expect(headers.map((h) => h.attrs['aria-sort'])).toEqual(['none', 'descending']);
    const keys = findAll(root, attr('data-row-key')).map((r) => r.attrs['data-row-key']);
    expect(keys).toEqual(['d', 'a', 'c', 'b']);
  });

  it('renders cells, a row-header button per row, the footer unsorted, and an empty message', () => {
    const root = table({ footer: [{ id: 'total', name: 'Total', km: 14 }] });
    expect(findAll(root, tag('tbody'))[0] && text(findAll(root, tag('tbody'))[0]!)).toContain('3 km');
    expect(findAll(root, (el) => el.attrs.class === 'row-choose')).toHaveLength(4);
    const foot = findOne(root, tag('tfoot'));
    expect(text(foot)).toContain('Total');
    expect(findAll(foot, tag('button'))).toHaveLength(0);
  });

  it('counts body and summary rows apart in the caption (a newcomer read "9 dòng" above 11)', () => {
    const footer = [
      { id: 'outside', name: 'Outside', km: 1 },
      { id: 'total', name: 'Total', km: 14 },
    ];
    useLanguage.setState({ lang: 'en' });
    const caption = (root: ReturnType<typeof table>) => text(findOne(root, attr('class', 'table-caption')));
    expect(caption(table({ footer }))).toBe('Test table · 4 rows and 2 summary rows');
    expect(caption(table({ footer: [footer[1]!] }))).toBe('Test table · 4 rows and 1 summary row');
    expect(caption(table())).toBe('Test table · 4 rows');
    useLanguage.setState({ lang: 'vi' });
    expect(caption(table({ footer }))).toBe('Test table · 4 dòng và 2 dòng tổng hợp');
  });

  for (const lang of LANGS) {
    it(`every control has an aria-label (${lang})`, () => {
      useLanguage.setState({ lang: lang as Language });
      const root = table();
      const all = controls(root);
      expect(all.length).toBe(2 + 2 + 4);
      for (const c of all) expect(c.attrs['aria-label']?.length, JSON.stringify(c.attrs)).toBeGreaterThan(3);
      const csv = findOne(root, attr('data-export', 'csv'));
      expect(csv.attrs['aria-label']).toContain('Test table');
    });
  }

  it('says there are no results in the current language', () => {
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(table({ rows: [] }), tag('tbody')))).toBe('No results.');
    useLanguage.setState({ lang: 'vi' });
    expect(text(findOne(table({ rows: [] }), tag('tbody')))).toBe('Không có kết quả.');
  });
});
