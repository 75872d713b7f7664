import { languageCode } from '../statusWords';

/** The languages the built-in templates are written in (ISO 639-1). */
export const LANGUAGES = ['en', 'ru', 'pl', 'id'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(code: string | null): code is Language {
  return code !== null && (LANGUAGES as readonly string[]).includes(code);
}

/**
 * A template language from what a user typed ("pl", "Polish", "polski", "ru-RU"); null when
 * it is not one of the four the templates are written in.
 */
export function toLanguage(text: string): Language | null {
  const code = languageCode(text);
  return isLanguage(code) ? code : null;
}

const NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Russian', pl: 'Polish', id: 'Indonesian' };

/** The language's English name for messages to the user, or its code in quotes. */
export function languageName(code: string): string {
  return isLanguage(code) ? NAMES[code] : `"${code}"`;
}
