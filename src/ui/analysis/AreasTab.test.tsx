import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, hasClass, render, tag, text } from '../test-markup';
import { AreasTab } from './AreasTab';
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
    expect(text(body[0]!)).toContain('km²');
    const total = text(findOne(root, tag('tfoot')));
    expect(total).toContain('Toàn tỉnh');
    // Park c (50 ha) and b (unknown area) in district 2: 50 ha total, one park of unknown area.
    const cells = findAll(body[1]!, tag('td')).map(text);
    expect(cells).toContain('50');
    expect(cells).toContain('1');
  });

  it('numbers follow the language', () => {
    useAnalysis.setState({ results: { areas: areas() } });
    useLanguage.setState({ lang: 'en' });
    const en = text(render(<AreasTab />));
    expect(en).toContain('Province total');
    expect(en).toMatch(/\d+\.\d km²/);
    useLanguage.setState({ lang: 'vi' });
    expect(text(render(<AreasTab />))).toMatch(/\d+,\d km²/);
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
