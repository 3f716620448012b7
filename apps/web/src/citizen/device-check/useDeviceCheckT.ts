import { useCallback } from 'react';
import { fillPlaceholders, type Language, type MessageParams } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { type DeviceCheckMessageKey, deviceCheckEn, deviceCheckId } from './device-check-messages';

/** Looks up a message of the device check's own catalogue, in the page's language. */
export type DeviceCheckTranslate = (key: DeviceCheckMessageKey, params?: MessageParams) => string;

/** The device check's messages (its lazy chunk carries them), and the page's language. */
export function useDeviceCheckT(): { t: DeviceCheckTranslate; language: Language } {
  const { language } = useT();
  const t = useCallback<DeviceCheckTranslate>(
    (key, params) => fillPlaceholders((language === 'en' ? deviceCheckEn : deviceCheckId)[key], params),
    [language],
  );
  return { t, language };
}
