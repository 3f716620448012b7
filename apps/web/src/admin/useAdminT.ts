import { createPageT, type PageI18n, usePageT } from '../i18n/createPageT';
import { type AdminMessageKey, adminEn, adminId } from './admin-messages';

export type AdminI18n = PageI18n<AdminMessageKey>;

const adminPage = createPageT<AdminMessageKey>(adminId, adminEn);

/** Whether a key is one of the admin page's own (an audit action's, say, built from data). */
export const isAdminKey = adminPage.isPageKey;

/** `useT`, with the admin page's messages as well. */
export function useAdminT(): AdminI18n {
  return usePageT(adminPage);
}
