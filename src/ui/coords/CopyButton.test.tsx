import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { accessibleName, attr, findOne, render, tag, text } from '../test-markup';
import { CopyButton } from './CopyButton';
import { copyText } from './copy';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

describe('copyText', () => {
  it('hands the text to the clipboard and says copied', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (t: string) => void written.push(t) };
    expect(await copyText('X = 1192041,07 m · Y = 603269,97 m', clipboard)).toBe('copied');
    expect(written).toEqual(['X = 1192041,07 m · Y = 603269,97 m']);
  });
  it('says failed when the browser refuses or has no clipboard', async () => {
    const refusing = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    expect(await copyText('a', refusing)).toBe('failed');
    expect(await copyText('a', undefined)).toBe('failed');
  });
});

describe('CopyButton', () => {
  it('is a button named by what it copies, with an empty status region before any copy', () => {
    const root = render(<CopyButton text="t" label="Chép toạ độ của điểm này" testId="c" />);
    const button = findOne(root, tag('button'));
    expect(accessibleName(button)).toBe('Chép toạ độ của điểm này');
    expect(text(button)).toBe('Chép toạ độ');
    const status = findOne(root, attr('data-testid', 'c-status'));
    expect(status.attrs.role).toBe('status');
    expect(text(status)).toBe('');
  });
  it('announces a copy, and a refused one with what to do, in the UI language', () => {
    const copied = render(<CopyButton text="t" label="l" testId="c" initialStatus="copied" />);
    expect(text(findOne(copied, attr('data-testid', 'c-status')))).toBe('Đã chép toạ độ vào bộ nhớ tạm.');
    useLanguage.setState({ lang: 'en' });
    const failed = render(<CopyButton text="t" label="l" testId="c" initialStatus="failed" />);
    expect(text(findOne(failed, attr('data-testid', 'c-status')))).toContain('press Ctrl+C');
    expect(text(findOne(failed, tag('button')))).toBe('Copy coordinates');
  });
  it('can be disabled (while the conversion loads)', () => {
    const root = render(<CopyButton text="t" label="l" disabled />);
    expect('disabled' in findOne(root, tag('button')).attrs).toBe(true);
  });
});
