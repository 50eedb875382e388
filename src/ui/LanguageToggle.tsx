import { useEffect } from 'react';
import { useT } from '../i18n';
import { useLanguage } from '../state/language';

export function LanguageToggle() {
  const { t, lang } = useT();
  const toggle = useLanguage((s) => s.toggle);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')} – ${t('app.subtitle')}`;
  }, [lang, t]);
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
