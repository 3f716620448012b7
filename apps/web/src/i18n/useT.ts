import { useContext } from 'react';
import { I18nContext, type I18nValue } from './i18n-context';

/** The current language and its translate helpers. Throws outside `<I18nProvider>`. */
export function useT(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) {
    throw new Error('useT() was called outside <I18nProvider>; wrap the app in <I18nProvider>.');
  }
  return value;
}
