// One page's own message catalogue beside the app's: the page's module (in its lazy chunk) calls
// `createPageT` with its catalogues, so the citizen's first download does not carry them.
import { useCallback } from 'react';
import type { I18nValue } from './i18n-context';
import type { MessageKey } from './id';
import { fillPlaceholders, type Language, type MessageParams } from './translate';
import { useT } from './useT';

/** Looks up a message of the page's own catalogue. */
export type PageTranslate<K extends string> = (key: K, params?: MessageParams) => string;

/** Looks up a message of the app's catalogue or of the page's own. */
export type AppOrPageTranslate<K extends string> = (key: MessageKey | K, params?: MessageParams) => string;

/** `useT`'s value, with `t` knowing the page's keys too and `pageT` knowing only the page's. */
export interface PageI18n<K extends string> extends Omit<I18nValue, 't'> {
  t: AppOrPageTranslate<K>;
  pageT: PageTranslate<K>;
}

export interface PageT<K extends string> {
  /** Whether a key is one of the page's own (one built from data, say). */
  isPageKey(key: string): key is K;
  /** A message of the page's catalogue in a language. */
  translatePage(language: Language, key: K, params?: MessageParams): string;
}

/** The lookup helpers of one page's catalogues (Bahasa Indonesia first, English second). */
export function createPageT<K extends string>(
  idMessages: Record<K, string>,
  enMessages: Record<K, string>,
): PageT<K> {
  return {
    isPageKey: (key: string): key is K => Object.hasOwn(idMessages, key),
    translatePage: (language, key, params) =>
      fillPlaceholders((language === 'en' ? enMessages : idMessages)[key], params),
  };
}

/** `useT`, with a page's messages as well: `t` knows both catalogues, `pageT` the page's only. */
export function usePageT<K extends string>(page: PageT<K>): PageI18n<K> {
  const i18n = useT();
  const { language, t: appT } = i18n;
  const pageT = useCallback<PageTranslate<K>>(
    (key, params) => page.translatePage(language, key, params),
    [page, language],
  );
  const t = useCallback<AppOrPageTranslate<K>>(
    (key, params) => (page.isPageKey(key) ? pageT(key, params) : appT(key, params)),
    [page, pageT, appT],
  );
  return { ...i18n, t, pageT };
}
