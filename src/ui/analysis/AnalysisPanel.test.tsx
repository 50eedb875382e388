import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnalysis } from '../../state/analysis';
import { type Language, useLanguage } from '../../state/language';
import {
  accessibleName,
  attr,
  controls,
  findAll,
  findOne,
  LANGS,
  nameContainsText,
  render,
  TABLES,
  text,
} from '../test-markup';
import { AnalysisPanel } from './AnalysisPanel';
import { areas } from './tab-fixtures';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useAnalysis.getState().reset();
});

describe('AnalysisPanel', () => {
  for (const lang of LANGS) {
    it(`closed: one toggle button labelled from the locale table (${lang})`, () => {
      useLanguage.setState({ lang: lang as Language });
      const root = render(<AnalysisPanel />);
      const toggle = findOne(root, attr('data-testid', 'analysis-toggle'));
      expect(text(toggle)).toBe(TABLES[lang]['analysis.toggle']);
      expect(toggle.attrs['aria-label']).toBe(TABLES[lang]['analysis.toggle.aria']);
      expect(findAll(root, attr('data-testid', 'analysis-panel'))).toHaveLength(0);
    });

    it(`open: five tabs, the active one selected, a close button (${lang})`, () => {
      useLanguage.setState({ lang: lang as Language });
      useAnalysis.setState({ open: true, tab: 'within', data: 'ready' });
      const root = render(<AnalysisPanel />);
      const tabs = findAll(root, attr('role', 'tab'));
      expect(tabs.map((t) => t.attrs['data-tab'])).toEqual([
        'areas',
        'nearest',
        'within',
        'where',
        'measure',
      ]);
      expect(tabs.map((t) => t.attrs['aria-selected'])).toEqual(['false', 'false', 'true', 'false', 'false']);
      expect(text(tabs[4]!)).toBe(TABLES[lang]['analysis.tab.measure']);
      const panel = findOne(root, attr('role', 'tabpanel'));
      expect(panel.attrs['aria-labelledby']).toBe('analysis-tab-within');
      // The filters rule, in the user's language (the map may be filtered; the analysis is not).
      expect(text(findOne(panel, attr('data-testid', 'analysis-filter-rule')))).toBe(
        lang === 'vi'
          ? 'Phân tích dùng mọi đối tượng của lớp, bất kể bộ lọc.'
          : 'Analysis uses every feature of a layer, whatever the filters.',
      );
      expect(findOne(root, attr('data-testid', 'analysis-close')).attrs['aria-label']).toBe(
        TABLES[lang]['analysis.close'],
      );
      for (const c of controls(root)) {
        if (c.attrs.role === 'tab' || c.tag === 'select' || c.tag === 'input') continue;
        expect(accessibleName(c), JSON.stringify(c.attrs)).toBeTruthy();
        expect(nameContainsText(c), JSON.stringify(c.attrs)).toBe(true);
      }
    });
  }

  it('waits for the data before showing a tab', () => {
    useAnalysis.setState({ open: true, tab: 'areas', data: 'waiting' });
    expect(text(render(<AnalysisPanel />))).toContain(TABLES.vi['analysis.waiting']);
    useAnalysis.setState({ data: 'ready', results: { areas: areas() } });
    expect(findAll(render(<AnalysisPanel />), attr('data-testid', 'areas-table'))).toHaveLength(1);
  });
});
