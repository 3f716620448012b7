// Pure i18n helpers: the languages, their catalogues, and placeholder filling.
import type { LocalizedText } from '@vp/contract';
import { en } from './en';
import { id, type MessageKey, type Messages } from './id';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

export const catalogues: Record<Language, Messages> = { id, en };

export type MessageParams = Record<string, string | number>;

/** Parses a stored or requested language, falling back to Bahasa Indonesia. */
export function parseLanguage(value: string | null | undefined): Language {
  return languages.find((lang) => lang === value) ?? defaultLanguage;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing param is noticed. */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks a key up in one language's catalogue and fills its placeholders. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return fillPlaceholders(catalogues[language][key], params);
}

/** Picks the current language's text of catalogue data (tenant and service names, requirements). */
export function pickLocalized(language: Language, text: LocalizedText): string {
  return text[language];
}
