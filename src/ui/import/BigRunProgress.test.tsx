// The cancelled note of a large layer's analysis: "no result" after a first run is cancelled, and
// "the result below is from the previous run" when a re-run is cancelled and the earlier result
// stays on screen.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, text } from '../test-markup';
import { type BigRun, BigRunProgress } from './BigRunProgress';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const cancelled: BigRun = {
  progress: null,
  cancelled: true,
  run: (() => Promise.reject(new Error('not run'))) as BigRun['run'],
  cancel: () => {},
};

beforeEach(() => useLanguage.setState({ lang: 'vi' }));

describe('BigRunProgress', () => {
  it('says a cancelled first run has no result', () => {
    const root = render(<BigRunProgress big={cancelled} />);
    expect(text(findOne(root, attr('role', 'status')))).toBe('Đã huỷ phép tính; chưa có kết quả.');
  });

  it('says the result shown is the previous run’s when a re-run was cancelled', () => {
    useLanguage.setState({ lang: 'en' });
    const root = render(<BigRunProgress big={cancelled} kept />);
    expect(text(findOne(root, attr('role', 'status')))).toBe(
      'Cancelled; the result below is from the previous run.',
    );
  });

  it('shows nothing when not cancelled and not running', () => {
    const root = render(<BigRunProgress big={{ ...cancelled, cancelled: false }} kept />);
    expect(findAll(root, attr('role', 'status'))).toHaveLength(0);
  });
});
