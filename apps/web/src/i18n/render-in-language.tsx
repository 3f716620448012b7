// For unit tests: a component rendered to static markup with the catalogue of one language.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nContext } from './i18n-context';
import { type Language, pickLocalized, translate } from './translate';

/** Renders `node` to markup as a page in `language` shows it (the language cannot be changed). */
export function renderInLanguage(node: ReactNode, language: Language): string {
  return renderToStaticMarkup(
    <I18nContext.Provider
      value={{
        language,
        setLanguage: () => {},
        t: (key, params) => translate(language, key, params),
        local: (text) => pickLocalized(language, text),
      }}
    >
      {node}
    </I18nContext.Provider>,
  );
}
