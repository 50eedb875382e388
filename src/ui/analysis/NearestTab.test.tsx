import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnalysis } from '../../state/analysis';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { NearestTab } from './NearestTab';
import { nearest } from './tab-fixtures';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useAnalysis.getState().reset();
});

describe('NearestTab', () => {
  it('a row per park, a column per corridor kind and logistics kind, "—" when none', () => {
    useAnalysis.setState({ results: { nearest: nearest() }, focusParkId: 'b' });
    const root = render(<NearestTab />);
    const rows = findAll(findOne(root, tag('tbody')), tag('tr'));
    expect(rows.map((r) => r.attrs['data-row-key'])).toEqual(['a', 'b', 'c']);
    expect(rows[1]!.attrs.class).toBe('chosen');
    const headers = findAll(root, (el) => el.tag === 'button' && 'data-column' in el.attrs);
    expect(headers).toHaveLength(2 + 7 + 4);
    expect(text(rows[0]!)).toContain('—'); // no national road in the synthetic data
  });

  it('the status picker reflects the counted statuses', () => {
    useAnalysis.getState().setCorridorStatus('planned', false);
    const root = render(<NearestTab />);
    const boxes = findAll(root, (el) => el.tag === 'input' && el.attrs.type === 'checkbox');
    expect(boxes.map((b) => [b.attrs['data-status'], 'checked' in b.attrs])).toEqual([
      ['existing', true],
      ['under_construction', true],
      ['planned', false],
    ]);
  });

  it('while running: progress and a Cancel button', () => {
    useAnalysis.setState({ running: 'nearest', progress: { done: 12, total: 36 }, cancel: () => {} });
    const root = render(<NearestTab />);
    const status = findOne(root, attr('data-testid', 'analysis-running'));
    expect(text(status)).toContain('12/36');
    expect(findOne(status, tag('button')).attrs['aria-label']).toBe('Huỷ phép tính đang chạy');
  });

  it('a missing layer is said, with the layer’s name', () => {
    useAnalysis.setState({ errors: { nearest: { error: 'missing_layer', layer: 'corridors' } } });
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(render(<NearestTab />), attr('role', 'alert')))).toContain('Transport corridors');
  });
});
