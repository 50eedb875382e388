import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters } from '../../i18n';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { Chart, type ChartSpec } from './Chart';
import { chartConfig } from './config';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const SPEC: ChartSpec = {
  kind: 'line',
  title: 'Area by year',
  labels: ['2000', '2001', 'Planned'],
  axes: { x: 'Year', y: 'Area (ha)' },
  series: [
    {
      label: 'Area',
      values: [1234.4, null, 2000],
      color: '#5e3c99',
      qualifiers: [null, null, 'approximate'],
    },
  ],
  format: { digits: 0, unit: 'ha' },
};

beforeEach(() => useLanguage.setState({ lang: 'vi' }));

describe('Chart (server-rendered markup)', () => {
  it('always renders the figures as a table, in the user’s number format, with qualifiers', () => {
    const root = render(<Chart spec={SPEC} />);
    const table = findOne(root, tag('table'));
    expect(text(findOne(table, tag('caption')))).toBe('Area by year');
    const rows = findAll(findOne(table, tag('tbody')), tag('tr')).map((r) =>
      findAll(r, (e) => e.tag === 'th' || e.tag === 'td').map((c) => text(c)),
    );
    // Vietnamese groups thousands with a dot; unknown reads "Chưa rõ", approximate "≈".
    expect(rows).toEqual([
      ['2000', '1.234 ha'],
      ['2001', 'Chưa rõ'],
      ['Planned', '≈ 2.000 ha'],
    ]);
    expect(text(findOne(root, tag('summary')))).toBe('Bảng số liệu của biểu đồ');
    const canvas = findOne(root, tag('canvas'));
    expect(canvas.attrs.role).toBe('img');
    expect(canvas.attrs['aria-label']).toBe('Area by year');
    // Before chart.js has loaded, the wrapper says so.
    expect(findOne(root, attr('data-chart-state')).attrs['data-chart-state']).toBe('loading');
  });

  it('labels the table in English too', () => {
    useLanguage.setState({ lang: 'en' });
    const root = render(<Chart spec={SPEC} />);
    expect(text(findOne(root, tag('summary')))).toBe('The chart’s data as a table');
    expect(text(findAll(root, tag('td'))[0]!)).toBe('1,234 ha');
  });
});

describe('chartConfig', () => {
  const num = formatters('en').num;

  it('maps kinds to chart.js types; stacked bars stack both axes', () => {
    expect(chartConfig(SPEC, num, false).type).toBe('line');
    const stacked = chartConfig({ ...SPEC, kind: 'stacked-bar' }, num, false);
    expect(stacked.type).toBe('bar');
    expect(stacked.options?.scales?.x?.stacked).toBe(true);
    expect(chartConfig({ ...SPEC, kind: 'bar' }, num, false).options?.scales?.y?.stacked).toBe(false);
  });

  it('names every bar on the x axis (no skipped labels); a line may skip some', () => {
    expect(chartConfig({ ...SPEC, kind: 'bar' }, num, false).options?.scales?.x?.ticks).toMatchObject({
      autoSkip: false,
    });
    expect(chartConfig(SPEC, num, false).options?.scales?.x?.ticks).not.toHaveProperty('autoSkip');
  });

  it('emphasises the highlighted label’s point', () => {
    const ds = chartConfig({ ...SPEC, highlight: 1 }, num, false).data.datasets[0]!;
    expect((ds as { pointRadius?: number[] }).pointRadius).toEqual([2, 6, 2]);
  });

  it('does not animate when the user asks for reduced motion', () => {
    expect(chartConfig(SPEC, num, true).options?.animation).toBe(false);
    expect(chartConfig(SPEC, num, false).options?.animation).not.toBe(false);
  });

  it('writes axis ticks with the locale formatter and keeps unknown values as gaps', () => {
    const vi = chartConfig(SPEC, formatters('vi').num, false);
    const tick = vi.options?.scales?.y?.ticks?.callback as (v: number) => string;
    expect(tick.call(null as never, 12500)).toBe('12.500');
    expect(vi.data.datasets[0]!.data).toEqual([1234.4, null, 2000]);
    expect(vi.options?.scales?.y?.title).toMatchObject({ display: true, text: 'Area (ha)' });
  });
});
