import { type Language, languages } from '../i18n/translate';
import { useT } from '../i18n/useT';

const labels: Record<
  Language,
  { short: 'lang.id.short' | 'lang.en.short'; name: 'lang.id.name' | 'lang.en.name' }
> = {
  id: { short: 'lang.id.short', name: 'lang.id.name' },
  en: { short: 'lang.en.short', name: 'lang.en.name' },
};

/** ID / EN switch in the header; the choice is remembered by the provider. */
export function LanguageToggle() {
  const { t, language, setLanguage } = useT();
  return (
    <fieldset className="language-toggle">
      <legend className="visually-hidden">{t('lang.groupLabel')}</legend>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          data-testid={`lang-${lang}`}
          onClick={() => setLanguage(lang)}
        >
          <span aria-hidden="true">{t(labels[lang].short)}</span>
          <span className="visually-hidden">{t(labels[lang].name)}</span>
        </button>
      ))}
    </fieldset>
  );
}
