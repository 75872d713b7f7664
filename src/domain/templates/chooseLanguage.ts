import { languageCode } from '../statusWords';
import { type Language, isLanguage, languageName } from './languages';
import type { TemplateKind } from './templateKind';

export interface LanguageChoice {
  language: Language;
  /** Why the draft is not in the customer's language, when it is not; null otherwise. */
  note: string | null;
}

const code = (text: string | null): string | null => (text === null || text.trim() === '' ? null : languageCode(text) ?? text.trim());

/**
 * The language of a draft. A message (email or letter) is in the customer's language (the
 * invoice sheet's language column), else the settings' default language, else English: a
 * language with no templates falls back along that chain and the note says so. Call scripts
 * and internal notes are for the clerk, in the default language (else English); a call
 * script's note names the customer's language when it differs, as the clerk may need it.
 * @example chooseLanguage('message', 'de', 'pl', 'notice-1') // { language: 'pl', note: 'no "de" template for notice-1; used Polish, the default language' }
 */
export function chooseLanguage(kind: TemplateKind, customerLanguage: string | null, defaultLanguage: string, stepId: string): LanguageChoice {
  const customer = code(customerLanguage);
  const fallback = code(defaultLanguage);
  const clerk: Language = isLanguage(fallback) ? fallback : 'en';
  const defaultMissing = fallback !== null && !isLanguage(fallback);

  if (kind !== 'message') {
    const what = kind === 'call' ? 'call script' : 'internal note';
    if (defaultMissing) return { language: 'en', note: `no ${languageName(fallback)} ${what} for ${stepId}; used English (the default language has no templates)` };
    if (kind === 'call' && customer !== null && customer !== clerk) {
      return { language: clerk, note: `call script in ${languageName(clerk)}, the default language; the customer's language is ${languageName(customer)}` };
    }
    return { language: clerk, note: null };
  }

  if (isLanguage(customer)) return { language: customer, note: null };
  if (customer === null) {
    return defaultMissing ? { language: 'en', note: `no ${languageName(fallback)} template for ${stepId} (the default language); used English` } : { language: clerk, note: null };
  }
  if (isLanguage(fallback)) return { language: fallback, note: `no ${languageName(customer)} template for ${stepId}; used ${languageName(fallback)}, the default language` };
  const tried = defaultMissing && fallback !== customer ? `${languageName(customer)} or ${languageName(fallback)} (the default language)` : languageName(customer);
  return { language: 'en', note: `no ${tried} template for ${stepId}; used English` };
}
