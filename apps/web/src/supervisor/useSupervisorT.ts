import { type AppOrPageTranslate, createPageT, type PageI18n, usePageT } from '../i18n/createPageT';
import { type SupervisorMessageKey, supervisorEn, supervisorId } from './supervisor-messages';

/** Looks up a message of the app's catalogue or of the supervisor page's own. */
export type SupervisorTranslate = AppOrPageTranslate<SupervisorMessageKey>;

export type SupervisorI18n = PageI18n<SupervisorMessageKey>;

const supervisorPage = createPageT<SupervisorMessageKey>(supervisorId, supervisorEn);

/** `useT`, with the supervisor page's messages as well. */
export function useSupervisorT(): SupervisorI18n {
  return usePageT(supervisorPage);
}
