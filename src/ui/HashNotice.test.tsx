import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../state/language';
import { readHash } from '../state/url';
import { HashNotice } from './HashNotice';
import { findAll, findOne, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const notice = (hash: string) => {
  const r = readHash(hash);
  return render(<HashNotice ignored={r.ignored} corrected={r.corrected} onDismiss={() => {}} />);
};

describe('HashNotice', () => {
  it('is absent for a clean link', () => {
    expect(findAll(notice('#lang=vi&z=10'), tag('p'))).toHaveLength(0);
  });

  it('names a value that is not a plain decimal number, in Vietnamese', () => {
    expect(text(findOne(notice('#lon=0x10'), tag('p')))).toBe(
      'Liên kết có tham số không hợp lệ nên đã bỏ qua: lon.',
    );
  });

  it('says what it corrected, in English', () => {
    useLanguage.setState({ lang: 'en' });
    expect(text(findOne(notice('#z=3&z=10&lon=0x10&lat=11.1).'), tag('p')))).toBe(
      'The link had invalid parameters, which were ignored: lon. The link was read with corrections: ' +
        'z was given 2 times; the last value was used; lat: “).” after the link was left out.',
    );
  });

  it('shows link text as text, never as markup, and cuts long keys', () => {
    const root = notice(`#<img src=x onerror=alert(1)>=1&${'k'.repeat(50)}=2`);
    expect(findAll(root, tag('img'))).toHaveLength(0);
    expect(text(findOne(root, tag('p')))).toBe(
      `Liên kết có tham số không hợp lệ nên đã bỏ qua: <img src, ${'k'.repeat(31)}….`,
    );
  });
});
