// The i18n context object; components reach it through `useT`.

import type { LocalizedText } from '@vp/contract';
import { createContext } from 'react';
import type { MessageKey } from './id';
import type { Language, MessageParams } from './translate';

export interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  /** A message of the catalogue in the current language. */
  t(key: MessageKey, params?: MessageParams): string;
  /** Catalogue data ({ id, en }) in the current language. */
  local(text: LocalizedText): string;
}

export const I18nContext = createContext<I18nValue | null>(null);
