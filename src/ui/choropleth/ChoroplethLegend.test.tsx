// The legend as a user and a screen reader get it, in both languages: ranges in the language's
// number format with the unit in the header, counts, marks with their words, and the notes naming
// the districts. Expected strings are written out by hand.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChoroplethLegend as Legend } from '../../state/choropleth';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, text } from '../test-markup';
import { ChoroplethLegend } from './ChoroplethLegend';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const d = (id: string, vi: string, en: string) => ({ id, name_vi: vi, name_en: en });
const legend: Legend = {
  metric: 'density',
  method: 'quantile',
  requested: 5,
  classes: [
    {
      lower: 161.5,
      upper: 1234.5,
      count: 2,
      color: '#f2f0f7',
      approximate: true,
      lowerBound: false,
      districts: [],
    },
    {
      lower: 2710.25,
      upper: 6705.5,
      count: 3,
      color: '#9e9ac8',
      approximate: false,
      lowerBound: true,
      districts: [],
    },
    {
      lower: 12000,
      upper: 12000,
      count: 1,
      color: '#54278f',
      approximate: false,
      lowerBound: false,
      districts: [],
    },
  ],
  noData: { color: '#bdbdbd', count: 1, districts: [d('x', 'Huyện Bàu Bàng', 'Bau Bang District')] },
  approximate: [d('a', 'Huyện Dầu Tiếng', 'Dau Tieng District')],
  lowerBound: [d('b', 'Thành phố Dĩ An', 'Di An City'), d('c', 'Thành phố Thuận An', 'Thuan An City')],
};

const rows = () =>
  findAll(render(<ChoroplethLegend legend={legend} />), attr('data-testid', 'choropleth-class'));
const whole = () => text(render(<ChoroplethLegend legend={legend} />));

beforeEach(() => useLanguage.setState({ lang: 'vi' }));

describe('ChoroplethLegend', () => {
  it('Vietnamese: 1.234,5-style ranges, one decimal for all, the unit in the header', () => {
    const root = render(<ChoroplethLegend legend={legend} />);
    expect(text(findOne(root, attr('class', 'choro-legend-header')))).toBe('Mật độ dân số (người/km²)');
    const ranges = rows().map((r) => text(findOne(r, attr('class', 'choro-range'))));
    expect(ranges).toEqual(['161,5 – 1.234,5', '2.710,3 – 6.705,5', '12.000,0']);
    expect(rows().map((r) => text(findOne(r, attr('class', 'choro-count'))))).toEqual([
      '2 đơn vị',
      '3 đơn vị',
      '1 đơn vị',
    ]);
    expect(rows().map((r) => r.attrs['data-color'])).toEqual(['#f2f0f7', '#9e9ac8', '#54278f']);
  });

  it('English: 1,234.5-style ranges', () => {
    useLanguage.setState({ lang: 'en' });
    const ranges = rows().map((r) => text(findOne(r, attr('class', 'choro-range'))));
    expect(ranges).toEqual(['161.5 – 1,234.5', '2,710.3 – 6,705.5', '12,000.0']);
    expect(whole()).toContain('Population density (people/km²)');
    expect(rows().map((r) => text(findOne(r, attr('class', 'choro-count'))))).toEqual([
      '2 districts',
      '3 districts',
      '1 district',
    ]);
  });

  it('marks approximate and lower-bound classes, with words for screen readers', () => {
    // The symbol is drawn (hidden from screen readers); its words are read instead.
    const marks = (r: ReturnType<typeof rows>[number]) =>
      findAll(r, attr('class', 'choro-mark')).map((m) => [m.attrs.title, text(m)]);
    const symbols = (r: ReturnType<typeof rows>[number]) =>
      findAll(r, attr('aria-hidden', 'true')).map((m) => (m.children as string[]).join(''));
    const [first, second, third] = rows();
    expect(symbols(first!)).toContain('≈');
    expect(marks(first!)).toEqual([['có số liệu gần đúng', 'có số liệu gần đúng']]);
    expect(symbols(second!)).toContain('>');
    expect(marks(second!)).toEqual([
      ['có giá trị tối thiểu (số thật có thể lớn hơn)', 'có giá trị tối thiểu (số thật có thể lớn hơn)'],
    ]);
    expect(marks(third!)).toEqual([]);
    useLanguage.setState({ lang: 'en' });
    expect(marks(rows()[0]!)).toEqual([['holds an approximate figure', 'holds an approximate figure']]);
  });

  it('has a no-data entry and notes naming the districts, in each language', () => {
    const root = render(<ChoroplethLegend legend={legend} />);
    const noData = findOne(root, attr('data-testid', 'choropleth-nodata'));
    expect(text(noData)).toBe('Không có số liệu1 đơn vị');
    expect(text(findOne(root, attr('data-testid', 'choropleth-note-no-data')))).toBe(
      'Không có số liệu (không nguồn nào cho số này; không ước tính): Huyện Bàu Bàng.',
    );
    expect(text(findOne(root, attr('data-testid', 'choropleth-note-lower-bound')))).toContain(
      'Thành phố Dĩ An, Thành phố Thuận An',
    );
    expect(whole()).toContain('Chỉ 3 lớp thay vì 5');
    useLanguage.setState({ lang: 'en' });
    expect(whole()).toContain('≈ Approximate figure: Dau Tieng District.');
    expect(whole()).toContain('No data (no source gives this figure; none is estimated): Bau Bang District.');
    expect(whole()).toContain('Only 3 classes instead of 5');
  });

  it('says nothing about missing or approximate values when there are none', () => {
    const exact: Legend = { ...legend, requested: 3, noData: null, approximate: [], lowerBound: [] };
    const root = render(<ChoroplethLegend legend={exact} />);
    expect(findAll(root, attr('data-testid', 'choropleth-nodata'))).toEqual([]);
    expect(findAll(root, attr('class', 'choro-note'))).toEqual([]);
  });
});

describe('ChoroplethLegend decimals', () => {
  const cls = (lower: number, upper: number) => ({
    lower,
    upper,
    count: 1,
    color: '#000000',
    approximate: false,
    lowerBound: false,
    districts: [],
  });
  const ranges = (l: Legend) =>
    findAll(render(<ChoroplethLegend legend={l} />), attr('class', 'choro-range')).map(text);
  const plain = { ...legend, noData: null, approximate: [], lowerBound: [], requested: 2 };

  it('people are counted: equal-interval classes show the whole numbers each can hold', () => {
    const l: Legend = {
      ...plain,
      metric: 'population',
      classes: [cls(67917, 155933.6), cls(155933.6, 508000)],
    };
    expect(ranges(l)).toEqual(['67.917 – 155.933', '155.934 – 508.000']);
    // 0–7 parks in five equal steps of 1.4: 0–1, 2, 3–4, 5, 6–7.
    const parks: Legend = {
      ...plain,
      metric: 'park_count',
      classes: [cls(0, 1.4), cls(1.4, 2.8), cls(2.8, 4.2), cls(4.2, 5.6), cls(5.6, 7)],
    };
    expect(ranges(parks)).toEqual(['0 – 1', '2', '3 – 4', '5', '6 – 7']);
  });

  it('a count class that can hold no whole number: the edges with decimals instead', () => {
    const l: Legend = {
      ...plain,
      metric: 'park_count',
      classes: [cls(0, 0.4), cls(0.4, 0.8), cls(0.8, 1.2)],
    };
    expect(ranges(l)).toEqual(['0,0 – 0,4', '0,4 – 0,8', '0,8 – 1,2']);
  });

  it('a measured figure keeps its edges, with the fewest decimals that keep them apart', () => {
    const l: Legend = { ...plain, metric: 'area_km2', classes: [cls(60.1, 100.25), cls(100.25, 720)] };
    expect(ranges(l)).toEqual(['60,1 – 100,3', '100,3 – 720,0']);
  });
});
