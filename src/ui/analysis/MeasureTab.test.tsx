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
import { MeasureTab } from './MeasureTab';
import { measureLine } from './tab-fixtures';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useAnalysis.getState().reset();
});

const button = (root: ReturnType<typeof render>, id: string) => findOne(root, attr('data-testid', id));

describe('MeasureTab', () => {
  for (const lang of LANGS) {
    it(`five buttons named by their visible text, described from the locale table (${lang})`, () => {
      useLanguage.setState({ lang: lang as Language });
      const root = render(<MeasureTab />);
      const all = controls(root);
      expect(all.map((c) => accessibleName(c))).toEqual(
        ['line', 'polygon', 'undo', 'finish', 'cancel'].map(
          (k) => TABLES[lang][`analysis.measure.${k}` as 'analysis.measure.line'],
        ),
      );
      expect(all.map((c) => c.attrs.title)).toEqual([
        TABLES[lang]['analysis.measure.line.aria'],
        TABLES[lang]['analysis.measure.polygon.aria'],
        TABLES[lang]['analysis.measure.undo.aria'],
        TABLES[lang]['analysis.measure.finish.aria'],
        TABLES[lang]['analysis.measure.cancel.aria'],
      ]);
    });
  }

  it('idle: only the start buttons work', () => {
    const root = render(<MeasureTab />);
    expect('disabled' in button(root, 'measure-line').attrs).toBe(false);
    expect('disabled' in button(root, 'measure-undo').attrs).toBe(true);
    expect('disabled' in button(root, 'measure-finish').attrs).toBe(true);
    expect(findAll(root, attr('data-testid', 'measure-values'))).toHaveLength(0);
  });

  it('drawing a line: live length, keyboard hint, undo enabled', () => {
    const s = useAnalysis.getState();
    s.setOpen(true);
    s.setTab('measure');
    s.startMeasure('line');
    s.addMeasurePoint([106.5, 11]);
    s.addMeasurePoint([106.6, 11]);
    useAnalysis.setState({ results: { measure: measureLine() } });
    const root = render(<MeasureTab />);
    expect(button(root, 'measure-line').attrs['aria-pressed']).toBe('true');
    expect('disabled' in button(root, 'measure-undo').attrs).toBe(false);
    const values = findOne(root, attr('data-testid', 'measure-values'));
    expect(values.attrs['data-points']).toBe('2');
    expect(Number(values.attrs['data-length-km'])).toBeGreaterThan(10);
    expect(text(values)).toMatch(/Chiều dài: 10,9\d* km/);
    expect(text(root)).toContain('Shift+Enter');
  });

  it('a self-intersecting polygon: the localized message', () => {
    useAnalysis.setState({
      measureType: 'polygon',
      measureDrawing: true,
      measurePoints: [
        [106, 11],
        [106.1, 11.1],
        [106.1, 11],
        [106, 11.1],
      ],
      errors: { measure: { error: 'self_intersection', points: [[106.05, 11.05]] } },
    });
    const root = render(<MeasureTab />);
    expect(text(findOne(root, attr('role', 'alert')))).toBe(TABLES.vi['analysis.error.self_intersection']);
    expect(findAll(root, attr('data-testid', 'measure-area'))).toHaveLength(0);
  });
});

describe('MeasureTab: the drawn points', () => {
  it('lists each drawn point in the chosen system with a button copying them all', () => {
    useAnalysis.setState({
      measureType: 'line',
      measureDrawing: true,
      measurePoints: [
        [106.5, 11],
        [106.6, 11.05],
      ],
    });
    useLanguage.setState({ lang: 'en' });
    const root = render(<MeasureTab />);
    const vertices = findOne(root, attr('data-testid', 'measure-vertices'));
    expect(text(vertices)).toContain('Coordinates of the drawn points (2)');
    expect(findAll(vertices, (el) => el.tag === 'li').map(text)).toEqual([
      '11.00000° N · 106.50000° E',
      '11.05000° N · 106.60000° E',
    ]);
    expect(accessibleName(button(root, 'measure-copy'))).toBe(
      'Copy coordinates of the drawn points to the clipboard, one per line',
    );
    expect(findAll(root, attr('data-testid', 'coord-system'))).toHaveLength(1);
    expect(nameContainsText(button(root, 'measure-copy'))).toBe(true);
  });
  it('shows no list and no choice before the first point', () => {
    useAnalysis.setState({ measureType: 'line', measureDrawing: true, measurePoints: [] });
    const root = render(<MeasureTab />);
    expect(findAll(root, attr('data-testid', 'measure-vertices'))).toHaveLength(0);
    expect(findAll(root, attr('data-testid', 'coord-system'))).toHaveLength(0);
  });
});
