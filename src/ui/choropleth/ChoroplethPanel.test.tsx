// The choropleth section's controls (labelled native controls in both languages) and its states.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { useChoropleth } from '../../state/choropleth';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, LANGS, render, tag, text } from '../test-markup';
import { ChoroplethPanel } from './ChoroplethPanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

beforeEach(() => {
  useChoropleth.getState().reset();
  useLayers.getState().reset();
  useAnalysis.getState().reset();
  useLanguage.setState({ lang: 'vi' });
});

describe('ChoroplethPanel', () => {
  it('without a metric: only the metric choice, "none" first, the six metrics after', () => {
    const root = render(<ChoroplethPanel />);
    expect(findAll(root, tag('select'))).toHaveLength(1);
    const options = findAll(root, tag('option')).map((o) => [o.attrs.value, text(o)]);
    expect(options).toEqual([
      ['', 'Không tô màu'],
      ['area_km2', 'Diện tích'],
      ['population', 'Dân số'],
      ['density', 'Mật độ dân số'],
      ['park_area_ha', 'Diện tích khu công nghiệp'],
      ['park_share_pct', 'Tỷ lệ đất khu công nghiệp'],
      ['park_count', 'Số khu công nghiệp'],
    ]);
  });

  it('with a metric: every control sits in a label (or a fieldset with a legend), in both languages', () => {
    useChoropleth.setState({ metric: 'population', method: 'natural_breaks', classes: 6 });
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const root = render(<ChoroplethPanel />);
      const labels = findAll(root, tag('label'));
      // Metric select, three method radios, classes select: five labelled controls.
      expect(labels.map((l) => findAll(l, (e) => e.tag === 'select' || e.tag === 'input').length)).toEqual([
        1, 1, 1, 1, 1,
      ]);
      expect(text(findOne(root, tag('legend')))).toBe(translate(lang, 'choropleth.method'));
      expect(text(labels[0]!)).toContain(translate(lang, 'choropleth.metric'));
      expect(text(labels[4]!)).toContain(translate(lang, 'choropleth.classes'));
      const radios = findAll(root, attr('type', 'radio'));
      expect(radios.map((r) => [r.attrs.value, 'checked' in r.attrs])).toEqual([
        ['quantile', false],
        ['equal_interval', false],
        ['natural_breaks', true],
      ]);
      const classes = findOne(root, attr('data-testid', 'choropleth-classes'));
      expect(findAll(classes, tag('option')).map((o) => o.attrs.value)).toEqual(['3', '4', '5', '6', '7']);
    }
  });

  it('a park metric before the analysis answers: a loading status, no legend', () => {
    useLayers.getState().done('districts', []);
    useChoropleth.setState({ metric: 'park_share_pct' });
    const root = render(<ChoroplethPanel />);
    expect(text(findOne(root, attr('data-testid', 'choropleth-loading')))).toBe(
      translate('vi', 'choropleth.loading'),
    );
    expect(findAll(root, attr('data-testid', 'choropleth-legend'))).toEqual([]);
  });
});
