import { useCallback } from 'react';
import type { I18nValue } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/id';
import { fillPlaceholders, type MessageParams } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { type SupervisorMessageKey, supervisorEn, supervisorId } from './supervisor-messages';

/** Looks up a message of the app's catalogue or of the supervisor page's own. */
export type SupervisorTranslate = (key: MessageKey | SupervisorMessageKey, params?: MessageParams) => string;

export interface SupervisorI18n extends Omit<I18nValue, 't'> {
  t: SupervisorTranslate;
}

function isSupervisorKey(key: string): key is SupervisorMessageKey {
  return Object.hasOwn(supervisorId, key);
}

/** `useT`, with the supervisor page's messages as well. */
export function useSupervisorT(): SupervisorI18n {
  const i18n = useT();
  const { language, t: appT } = i18n;
  const t = useCallback<SupervisorTranslate>(
    (key, params) =>
      isSupervisorKey(key)
        ? fillPlaceholders((language === 'en' ? supervisorEn : supervisorId)[key], params)
        : appT(key, params),
    [language, appT],
  );
  return { ...i18n, t };
}
