import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n';
import { type Language, useLanguage } from '../state/language';
import { documentTitle, LanguageToggle } from './LanguageToggle';
import { controls, findOne, LANGS, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const button = () => findOne(render(<LanguageToggle />), tag('button'));

describe('LanguageToggle', () => {
  it('offers English, in English, while the page is Vietnamese', () => {
    const b = button();
    expect(b.attrs).toMatchObject({
      type: 'button',
      'data-testid': 'lang-toggle',
      'aria-label': 'EN – Switch to English',
      title: 'Chuyển sang tiếng Anh',
    });
    expect(text(b)).toBe('EN');
  });

  it('offers Vietnamese, in Vietnamese, while the page is English', () => {
    useLanguage.setState({ lang: 'en' });
    const b = button();
    expect(b.attrs).toMatchObject({
      'aria-label': 'VI – Chuyển sang tiếng Việt',
      title: 'Switch to Vietnamese',
    });
    expect(text(b)).toBe('VI');
  });

  it('takes every label from the locale table in both languages', () => {
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const root = render(<LanguageToggle />);
      const all = controls(root);
      expect(all).toHaveLength(1);
      expect(all[0]!.attrs['aria-label']).toBe(translate(lang, 'lang.toggle.aria'));
      expect(all[0]!.attrs.title).toBe(translate(lang, 'lang.toggle'));
      expect(text(all[0]!)).toBe(translate(lang, 'lang.toggle.label'));
    }
  });

  it('the click handler (the store’s toggle) switches the language and the button’s label', () => {
    const before = button().attrs['aria-label'];
    useLanguage.getState().toggle();
    expect(useLanguage.getState().lang).toBe('en');
    const after = button().attrs['aria-label'];
    expect(after).toBe('VI – Chuyển sang tiếng Việt');
    expect(after).not.toBe(before);
    useLanguage.getState().toggle();
    expect(useLanguage.getState().lang).toBe('vi');
    expect(button().attrs['aria-label']).toBe('EN – Switch to English');
  });

  it('names the document in the language', () => {
    const titles: Record<Language, string> = {
      vi: 'Vùng Đổi mới sáng tạo Bình Dương – Bản đồ quy hoạch',
      en: 'Bình Dương Innovation Region – Planning map',
    };
    for (const lang of LANGS) expect(documentTitle(lang)).toBe(titles[lang]);
  });
});
