import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatters, type MessageKey } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, hasClass, render, tag, text } from '../test-markup';
import { AreasTab, areaColumns } from './AreasTab';
import { toCsv } from './export';
import { areas } from './tab-fixtures';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useAnalysis.getState().reset();
});

describe('AreasTab', () => {
  it('a row per district with km² and park areas by status; the province total below', () => {
    useAnalysis.setState({ results: { areas: areas() } });
    const root = render(<AreasTab />);
    const body = findAll(findOne(root, tag('tbody')), tag('tr'));
    expect(body.map((r) => r.attrs['data-row-key'])).toEqual(['1', '2']);
    // Units are in the headers, not repeated in every cell.
    const headers = findAll(findOne(root, tag('thead')), tag('th')).map(text);
    expect(headers).toContain('Diện tích tính từ ranh giới (km²)');
    expect(headers).toContain('Diện tích chính thức (km²)');
    expect(headers).toContain('Tỷ lệ đất KCN (%)');
    expect(text(body[0]!)).not.toContain('km²');
    const total = text(findOne(root, tag('tfoot')));
    expect(total).toContain('Toàn tỉnh');
    // Park c (50 ha) and b (unknown area) in district 2: 50 ha total, one park of unknown area.
    const cells = findAll(body[1]!, tag('td')).map(text);
    expect(cells).toContain('50');
    expect(cells).toContain('1');
  });

  it('a park total, its status column and its land share that count a park of unknown area are lower bounds, in the province row too', () => {
    const report = areas();
    useAnalysis.setState({ results: { areas: report } });
    const root = render(<AreasTab />);
    const headers = findAll(findOne(root, tag('thead')), tag('th')).map(text);
    const cellsOf = (tr: ReturnType<typeof findOne>) => findAll(tr, (n) => n.tag === 'td' || n.tag === 'th');
    const body = findAll(findOne(root, tag('tbody')), tag('tr'));
    const foot = findOne(findOne(root, tag('tfoot')), tag('tr'));
    const col = (label: string) => {
      const i = headers.indexOf(label);
      expect(i).toBeGreaterThan(-1);
      return i;
    };
    const total = col('Tổng KCN (ha)');
    const share = col('Tỷ lệ đất KCN (%)');
    // District 2: park c (50 ha) and park b (unknown area).
    const row2 = report.districts[1]!;
    expect(row2.total.unknown_area_count).toBe(1);
    const d2 = cellsOf(body[1]!);
    expect(text(d2[total]!)).toBe('> 50');
    expect(d2[total]!.attrs.title).toBe('Giá trị tối thiểu: chưa cộng 1 KCN chưa rõ diện tích');
    expect(text(d2[share]!)).toMatch(/^> \d+,\d$/);
    // The status column park b belongs to is a lower bound; a status column without one is not.
    const bStatus = (Object.keys(row2.by_status) as (keyof typeof row2.by_status)[]).find(
      (st) => row2.by_status[st].unknown_area_count > 0,
    )!;
    const statusLabel = (st: string) => `${formatters('vi').t(`status.${st}` as MessageKey)} (ha)`;
    expect(text(d2[col(statusLabel(bStatus))]!)).toMatch(/^> /);
    for (const st of Object.keys(row2.by_status) as (keyof typeof row2.by_status)[]) {
      if (row2.by_status[st].unknown_area_count === 0 && headers.includes(statusLabel(st)))
        expect(text(d2[col(statusLabel(st))]!)).not.toMatch(/>/);
    }
    // District 1 has no park of unknown area: plain numbers.
    expect(report.districts[0]!.total.unknown_area_count).toBe(0);
    const d1 = cellsOf(body[0]!);
    expect(text(d1[total]!)).not.toMatch(/>/);
    expect(text(d1[share]!)).not.toMatch(/>/);
    expect(d1[total]!.attrs.title).toBeUndefined();
    // The province total counts park b too.
    expect(text(cellsOf(foot)[total]!)).toMatch(/^> /);
    expect(text(cellsOf(foot)[share]!)).toMatch(/^> /);
    // The note says so.
    expect(text(root)).toContain('giá trị tối thiểu');
    useLanguage.setState({ lang: 'en' });
    const en = render(<AreasTab />);
    expect(text(en)).toContain('lower bound');
    const enTotal = findAll(findOne(en, tag('tbody')), tag('tr'))[1]!;
    expect(text(cellsOf(enTotal)[total]!)).toBe('> 50');
    expect(cellsOf(enTotal)[total]!.attrs.title).toBe('Lower bound: 1 park of unknown area not added');
  });

  it('exports a lower bound with its sign ("> 50"), a complete sum as a plain number; sorting stays numeric', () => {
    const report = areas();
    const columns = areaColumns(formatters('en'));
    const csv = toCsv(columns, report.districts, false).split(/\r\n/);
    const header = csv[0]!.split(',');
    const at = (line: string, label: string) => line.split(',')[header.indexOf(label)];
    expect(at(csv[2]!, 'Parks total (ha)')).toBe('> 50');
    expect(at(csv[1]!, 'Parks total (ha)')).toMatch(/^\d+(\.\d+)?$/);
    expect(at(csv[2]!, 'Industrial land share (%)')).toMatch(/^> \d/);
    const totalCol = columns.find((c) => c.id === 'total_ha')!;
    expect(totalCol.sortValue!(report.districts[1]!)).toBe(50);
  });

  it('numbers follow the language', () => {
    useAnalysis.setState({ results: { areas: areas() } });
    useLanguage.setState({ lang: 'en' });
    const en = text(render(<AreasTab />));
    expect(en).toContain('Province total');
    expect(en).toMatch(/\d\.\d/);
    useLanguage.setState({ lang: 'vi' });
    expect(text(render(<AreasTab />))).toMatch(/\d,\d/);
  });

  it('shows the official area beside the computed one, with its qualifier, in fixed decimals', () => {
    const report = areas();
    useAnalysis.setState({ results: { areas: report } });
    const official = (code: string, km2: number, q: string) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [106.6, 11.2] },
      properties: { id: code, code, area_km2_official: km2, area_official_qualifier: q },
    });
    const codes = report.districts.map((d) => d.code);
    useLayers.setState((s) => ({
      layers: {
        ...s.layers,
        districts: {
          ...s.layers.districts,
          features: [official(codes[0]!, 60.1, 'exact'), official(codes[1]!, 720, 'approximate')],
        },
        context: {
          ...s.layers.context,
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [106.6, 11.2] },
              properties: {
                id: 'province_74',
                level: 'province',
                area_km2_official: 2694.4,
                area_official_qualifier: 'approximate',
              },
            },
          ],
        },
      },
    }));
    const root = render(<AreasTab />);
    const col = findAll(findOne(root, tag('thead')), tag('th'))
      .map(text)
      .indexOf('Diện tích chính thức (km²)');
    const cell = (tr: ReturnType<typeof findOne>) =>
      text(findAll(tr, (n) => n.tag === 'td' || n.tag === 'th')[col]!);
    const body = findAll(findOne(root, tag('tbody')), tag('tr'));
    expect(cell(body[0]!)).toBe('60,1');
    expect(cell(body[1]!)).toBe('≈ 720,0');
    expect(cell(findOne(findOne(root, tag('tfoot')), tag('tr')))).toBe('≈ 2.694,4');
    // The province's figure is not the column's sum, and the table says so, with both numbers
    // (60,1 + ≈ 720 = ≈ 780,1: approximate as one of its terms).
    const sumNote = text(findOne(root, attr('data-testid', 'areas-official-sum')));
    expect(sumNote).toContain('“Toàn tỉnh” (≈ 2.694,4 km²)');
    expect(sumNote).toContain('(≈ 780,1 km²)');
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(render(<AreasTab />), attr('data-testid', 'areas-official-sum')))).toContain(
      '(≈ 780.1 km²)',
    );
    useLanguage.setState({ lang: 'vi' });
    // Equal at one decimal: nothing to say.
    useLayers.setState((st) => ({
      layers: {
        ...st.layers,
        districts: {
          ...st.layers.districts,
          features: [official(codes[0]!, 60.1, 'exact'), official(codes[1]!, 2634.3, 'exact')],
        },
      },
    }));
    expect(findAll(render(<AreasTab />), attr('data-testid', 'areas-official-sum'))).toHaveLength(0);
  });

  it('names the parks left out of the totals, and says nothing when there are none', () => {
    const report = areas();
    useAnalysis.setState({ results: { areas: report } });
    expect(text(render(<AreasTab />))).not.toContain('Không cộng vào tổng');
    report.province.excluded_park_ids = ['stip'];
    useLayers.setState((s) => ({
      layers: {
        ...s.layers,
        parks: {
          ...s.layers.parks,
          features: [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [106.6, 11.2] },
              properties: { id: 'stip', name_vi: 'KCN khoa học công nghệ', name_en: 'S&T park' },
            },
          ],
        },
      },
    }));
    const note = text(findOne(render(<AreasTab />), attr('data-testid', 'areas-excluded')));
    expect(note).toContain('Không cộng vào tổng');
    expect(note).toContain('KCN khoa học công nghệ');
  });

  it('a failed layer: the error, no table', () => {
    useAnalysis.setState({ errors: { areas: { error: 'missing_layer', layer: 'parks' } } });
    const root = render(<AreasTab />);
    const alert = findOne(root, attr('role', 'alert'));
    expect(text(alert)).toContain('Khu công nghiệp');
    expect(findAll(root, hasClass('analysis-table'))).toHaveLength(0);
  });
});
