import { headerKey } from './fields';

/** What a Status cell says about an invoice. */
export type StatusWord = 'paid' | 'disputed' | 'on-hold' | 'open';

/** Status words in the four sheet languages, compared in `headerKey` form (lower case, no punctuation). */
const STATUS_WORDS: Record<StatusWord, readonly string[]> = {
  paid: [
    'paid', 'fully paid', 'settled', 'closed', 'cleared',
    'оплачен', 'оплачено', 'оплачена', 'погашен', 'погашено', 'закрыт',
    'zapłacono', 'zapłacona', 'opłacona', 'opłacono', 'rozliczona', 'zamknięta',
    'lunas', 'sudah lunas', 'sudah dibayar', 'dibayar', 'terbayar',
  ],
  disputed: [
    'disputed', 'dispute', 'in dispute', 'contested',
    'спор', 'спорный', 'спорная', 'претензия', 'оспаривается',
    'sporna', 'spór', 'reklamacja', 'kwestionowana',
    'sengketa', 'keberatan', 'komplain',
  ],
  'on-hold': [
    'on hold', 'hold', 'paused', 'do not chase', 'stop',
    'пауза', 'приостановлено', 'не беспокоить',
    'wstrzymane', 'wstrzymana', 'wstrzymany',
    'ditahan', 'tunda', 'ditunda',
  ],
  open: [
    'open', 'unpaid', 'outstanding', 'overdue', 'due', 'partially paid', 'partial', 'part paid', 'sent', 'awaiting payment', 'pending',
    'не оплачен', 'не оплачено', 'неоплачен', 'неоплачено', 'частично оплачен', 'частично оплачено', 'открыт', 'просрочен',
    'otwarta', 'nieopłacona', 'niezapłacona', 'częściowo zapłacona', 'przeterminowana',
    'belum lunas', 'belum dibayar', 'terbuka', 'sebagian', 'jatuh tempo',
  ],
};

const BY_KEY = new Map<string, StatusWord>();
for (const [word, list] of Object.entries(STATUS_WORDS) as [StatusWord, readonly string[]][]) {
  for (const text of list) BY_KEY.set(headerKey(text), word);
}

/**
 * The meaning of a Status cell, or null for a word the product does not know.
 * @example statusWord('Paid') // "paid"; statusWord('Оплачен') // "paid"; statusWord('Sengketa') // "disputed"
 */
export function statusWord(text: string): StatusWord | null {
  return BY_KEY.get(headerKey(text)) ?? null;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'да', 'д', 'tak', 't', 'ya', 'disputed']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'н', 'nie', 'tidak', 'bukan']);

/**
 * A yes/no flag cell (e.g. "Disputed": Yes/No, Да/Нет, Tak/Nie, Ya/Tidak). Null when unclear.
 * @example yesNo('Yes') // true; yesNo('Нет') // false; yesNo('maybe') // null
 */
export function yesNo(text: string): boolean | null {
  const key = headerKey(text);
  if (key === '') return false;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

const LANGUAGES: Record<string, string> = {
  en: 'en', eng: 'en', english: 'en', английский: 'en', angielski: 'en', inggris: 'en',
  ru: 'ru', rus: 'ru', russian: 'ru', русский: 'ru', rosyjski: 'ru', rusia: 'ru',
  pl: 'pl', pol: 'pl', polish: 'pl', polski: 'pl', польский: 'pl', polandia: 'pl',
  id: 'id', ind: 'id', in: 'id', indonesian: 'id', indonesia: 'id', 'bahasa indonesia': 'id', индонезийский: 'id', indonezyjski: 'id',
};

/**
 * A language cell as a two-letter code ("English", "ru-RU", "Polski" -> "en", "ru", "pl").
 * Other two-letter codes pass through; null when the text names no language.
 */
export function languageCode(text: string): string | null {
  const key = headerKey(text);
  const code = LANGUAGES[key] ?? LANGUAGES[key.split(' ')[0]];
  if (code) return code;
  // Any other ISO 639-1 code is kept: templates fall back from it and say so.
  return /^[a-z]{2}$/.test(key.split(' ')[0]) ? key.split(' ')[0] : null;
}
