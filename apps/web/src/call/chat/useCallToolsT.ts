import { useCallback } from 'react';
import { fillPlaceholders, type Language, type MessageParams } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { type CallToolsMessageKey, callToolsEn, callToolsId } from './call-tools-messages';

/** Looks up a message of the call tools in a language. */
export function translateCallTools(
  language: Language,
  key: CallToolsMessageKey,
  params?: MessageParams,
): string {
  return fillPlaceholders((language === 'en' ? callToolsEn : callToolsId)[key], params);
}

/** The call tools' messages in the page's language, with the app's i18n value beside them. */
export function useCallToolsT() {
  const i18n = useT();
  const { language } = i18n;
  const tt = useCallback(
    (key: CallToolsMessageKey, params?: MessageParams) => translateCallTools(language, key, params),
    [language],
  );
  return { ...i18n, tt };
}
