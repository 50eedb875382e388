import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { useLayers } from '../../state/layers';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { layers, within } from './tab-fixtures';
import { WithinTab } from './WithinTab';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialLayers = useLayers.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.setState(initialLayers, true);
  useAnalysis.getState().reset();
  const s = useLayers.getState();
  s.done('corridors', layers.corridors as never);
  s.done('places', layers.places as never);
});

describe('WithinTab', () => {
  it('offers corridors, corridor kinds, places and logistics kinds as targets', () => {
    useAnalysis.setState({ withinTarget: 'corridor:e1' });
    const root = render(<WithinTab />);
    const groups = findAll(root, tag('optgroup'));
    expect(groups.map((g) => g.attrs.label)).toEqual([
      'Hành lang',
      'Loại hành lang',
      'Địa điểm',
      'Loại điểm logistics',
    ]);
    const values = findAll(root, tag('option')).map((o) => o.attrs.value);
    expect(values).toContain('corridor:e1');
    expect(values).toContain('kind:ring_road');
    expect(values).toContain('place:cat_lai');
    expect(values).toContain('logistics:airport');
    expect(findOne(root, attr('data-testid', 'within-km')).attrs.value).toBe('5');
  });

  it('lists the matched parks with their distance', () => {
    const report = within();
    useAnalysis.setState({ results: { within: report } });
    const root = render(<WithinTab />);
    const rows = findAll(findOne(root, tag('tbody')), tag('tr'));
    expect(rows.map((r) => r.attrs['data-row-key'])).toEqual(report.parks.map((p) => p.park.id));
    expect(text(findOne(root, attr('data-testid', 'within-count')))).toContain(String(report.parks.length));
  });

  it('an out-of-range distance: the message, no table', () => {
    useAnalysis.setState({ errors: { within: { error: 'distance_out_of_range' } } });
    for (const [lang, words] of [
      ['vi', 'không quá 200 km'],
      ['en', 'at most 200 km'],
    ] as const) {
      useLanguage.setState({ lang });
      const root = render(<WithinTab />);
      expect(text(findOne(root, attr('role', 'alert')))).toContain(words);
      expect(findAll(root, tag('table'))).toHaveLength(0);
    }
  });

  it('shows the distance in the language and echoes what it read beside the field', () => {
    useAnalysis.setState({ withinKm: '2.5' });
    for (const [lang, typed, echo] of [
      ['vi', '2,5', '= 2,5 km'],
      ['en', '2.5', '= 2.5 km'],
    ] as const) {
      useLanguage.setState({ lang });
      const root = render(<WithinTab />);
      expect(findOne(root, attr('data-testid', 'within-km')).attrs.value).toBe(typed);
      expect(findOne(root, attr('data-testid', 'within-km')).attrs.type).toBe('text');
      expect(text(findOne(root, attr('data-testid', 'within-km-echo')))).toBe(echo);
    }
  });

  it('a distance out of 0 < X ≤ 200 is refused beside the field, never echoed, and the search is not offered', () => {
    for (const km of ['250', '0', '-1']) {
      useAnalysis.setState({ withinKm: km });
      for (const [lang, words] of [
        ['vi', 'phải lớn hơn 0 km và không quá 200 km'],
        ['en', 'it must be greater than 0 km and at most 200 km'],
      ] as const) {
        useLanguage.setState({ lang });
        const root = render(<WithinTab />);
        const echo = text(findOne(root, attr('data-testid', 'within-km-echo')));
        expect(echo).toContain(words);
        expect(echo).not.toContain('=');
        expect(findOne(root, attr('data-testid', 'within-km')).attrs['aria-invalid']).toBe('true');
        expect(findOne(root, attr('data-testid', 'within-run')).attrs['aria-disabled']).toBe('true');
      }
    }
    useAnalysis.setState({ withinKm: '200' });
    const root = render(<WithinTab />);
    expect(text(findOne(root, attr('data-testid', 'within-km-echo')))).toBe('= 200 km');
    expect(findOne(root, attr('data-testid', 'within-run')).attrs['aria-disabled']).toBe('false');
  });

  it('the caption gives the distance as asked, and distances share two decimals', () => {
    const report = { ...within(), km: 0.25 };
    useAnalysis.setState({ results: { within: report } });
    const root = render(<WithinTab />);
    expect(text(findOne(root, tag('caption')))).toContain('0,25 km');
    const cells = findAll(findOne(root, tag('tbody')), tag('td')).map(text);
    const distances = cells.filter((c) => /^\d+,\d+$/.test(c));
    expect(distances.length).toBe(report.parks.length);
    for (const d of distances) expect(d).toMatch(/^\d+,\d{2}$/);
  });
});
