// Holds the chosen language, keeps it in localStorage and mirrors it on <html lang>.
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { readStoredLanguage, storeLanguage } from '../storage/preferences';
import { I18nContext, type I18nValue } from './i18n-context';
import { type Language, pickLocalized, translate } from './translate';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.name');
  }, [language]);

  const value = useMemo<I18nValue>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      local: (text) => pickLocalized(language, text),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
