import { useEffect } from 'react';
import { translate, useT } from '../i18n';
import { type Language, useLanguage } from '../state/language';

/** The browser tab's title in the language. */
export const documentTitle = (lang: Language): string =>
  `${translate(lang, 'app.title')} – ${translate(lang, 'app.subtitle')}`;

export function LanguageToggle() {
  const { t, lang } = useT();
  const toggle = useLanguage((s) => s.toggle);
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
      onClick={toggle}
    >
      {t('lang.toggle.label')}
    </button>
  );
}
