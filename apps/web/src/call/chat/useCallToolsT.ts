import { createPageT, usePageT } from '../../i18n/createPageT';
import { type CallToolsMessageKey, callToolsEn, callToolsId } from './call-tools-messages';

const callToolsPage = createPageT<CallToolsMessageKey>(callToolsId, callToolsEn);

/** The call tools' messages (`tt`) in the page's language, with the app's i18n value beside them. */
export function useCallToolsT() {
  const i18n = usePageT(callToolsPage);
  return { ...i18n, tt: i18n.pageT };
}
