import { useCallback } from 'react';
import type { I18nValue } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/id';
import { fillPlaceholders, type MessageParams } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { type AdminMessageKey, adminEn, adminId } from './admin-messages';

/** Looks up a message of the app's catalogue or of the admin page's own. */
export type AdminTranslate = (key: MessageKey | AdminMessageKey, params?: MessageParams) => string;

export interface AdminI18n extends Omit<I18nValue, 't'> {
  t: AdminTranslate;
}

/** Whether a key is one of the admin page's own (an audit action's, say, built from data). */
export function isAdminKey(key: string): key is AdminMessageKey {
  return Object.hasOwn(adminId, key);
}

/** `useT`, with the admin page's messages as well. */
export function useAdminT(): AdminI18n {
  const i18n = useT();
  const { language, t: appT } = i18n;
  const t = useCallback<AdminTranslate>(
    (key, params) =>
      isAdminKey(key)
        ? fillPlaceholders((language === 'en' ? adminEn : adminId)[key], params)
        : appT(key, params),
    [language, appT],
  );
  return { ...i18n, t };
}
