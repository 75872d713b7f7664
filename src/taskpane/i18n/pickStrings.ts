import { en } from './en';
import { id } from './id';
import { pl } from './pl';
import { ru } from './ru';
import type { Strings, UiLanguage } from './strings';

const DICTIONARIES: Record<UiLanguage, Strings> = { en, ru, pl, id };

/**
 * The UI language for a BCP 47 tag ("ru-RU", "pl", "in-ID"); English for any other.
 * @example uiLanguage('pl-PL') // 'pl'; uiLanguage('in') // 'id' (Java's old code, still sent by some hosts)
 */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ru' || primary === 'pl' || primary === 'id') return primary;
  if (primary === 'in') return 'id';
  return 'en';
}

export function pickStrings(tag: string | null | undefined): Strings {
  return DICTIONARIES[uiLanguage(tag)];
}
