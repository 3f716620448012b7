import { createPageT, type PageTranslate, usePageT } from '../../i18n/createPageT';
import type { Language } from '../../i18n/translate';
import { type DeviceCheckMessageKey, deviceCheckEn, deviceCheckId } from './device-check-messages';

/** Looks up a message of the device check's own catalogue, in the page's language. */
export type DeviceCheckTranslate = PageTranslate<DeviceCheckMessageKey>;

const deviceCheckPage = createPageT<DeviceCheckMessageKey>(deviceCheckId, deviceCheckEn);

/** The device check's messages (its lazy chunk carries them), and the page's language. */
export function useDeviceCheckT(): { t: DeviceCheckTranslate; language: Language } {
  const { pageT, language } = usePageT(deviceCheckPage);
  return { t: pageT, language };
}
