import { useEffect } from 'react';
import { loadMessages, translate, useT } from '../i18n';
import { type Language, useLanguage } from '../state/language';

/** The browser tab's title in the language. */
export const documentTitle = (lang: Language): string =>
  `${translate(lang, 'app.title')} – ${translate(lang, 'app.subtitle')}`;

export function LanguageToggle() {
  const { t, lang } = useT();
  const toggle = useLanguage((s) => s.toggle);
  // The other language's tables load on demand (i18n/tables.ts): fetched as soon as the pointer or
  // the focus reaches the button, so a click usually finds them here; meanwhile the button is busy.
  const pending = useLanguage((s) => s.pending);
  const prefetch = () => void loadMessages(lang === 'vi' ? 'en' : 'vi').catch(() => undefined);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = documentTitle(lang);
  }, [lang]);
  return (
    <button
      type="button"
      className="lang-toggle"
      data-testid="lang-toggle"
      aria-label={t('lang.toggle.aria')}
      title={t('lang.toggle')}
      aria-busy={pending !== null}
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={toggle}
    >
      {t('lang.toggle.label')}
    </button>
  );
}
