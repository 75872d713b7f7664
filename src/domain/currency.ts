/**
 * Recognising currencies in what sheets actually contain: ISO codes in a currency column,
 * symbols and local abbreviations glued to amounts ("$", "zł", "руб.", "Rp"), and the symbol an
 * Excel number format draws around a number cell.
 */

/**
 * Active ISO 4217 codes a customer invoice can be in. Precious metals, fund and testing codes
 * (XAU, CLF, XTS, XXX...) are left out: a cell saying "XXX 12" is a placeholder, not money.
 * Kept as one string so the list costs a single split at module load.
 */
const ISO_CODES = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP ' +
    'BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP ' +
    'GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES ' +
    'KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR ' +
    'MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB ' +
    'RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY ' +
    'TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL').split(' '),
);

/**
 * Symbols and local abbreviations, keyed in lower case with inner spaces removed. Ambiguous
 * ones ("kr" is SEK, NOK or DKK; "Rs" is INR, PKR or LKR) are deliberately absent: guessing a
 * currency is worse than asking the user to set one.
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  // Dollars. A bare "$" is USD, as in Excel's own default; prefixed forms name the country.
  ['$', 'USD'], ['us$', 'USD'], ['a$', 'AUD'], ['au$', 'AUD'], ['c$', 'CAD'], ['ca$', 'CAD'],
  ['nz$', 'NZD'], ['hk$', 'HKD'], ['s$', 'SGD'], ['r$', 'BRL'], ['mx$', 'MXN'], ['nt$', 'TWD'],
  ['€', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'], ['евро', 'EUR'],
  ['£', 'GBP'], ['¥', 'JPY'], ['円', 'JPY'], ['元', 'CNY'], ['cn¥', 'CNY'],
  ['zł', 'PLN'], ['zl', 'PLN'],
  // 1C prints "руб." and "р."; RUR is the pre-1998 code that many Russian systems still print.
  ['₽', 'RUB'], ['руб', 'RUB'], ['руб.', 'RUB'], ['р', 'RUB'], ['р.', 'RUB'], ['рубль', 'RUB'],
  ['рубля', 'RUB'], ['рублей', 'RUB'], ['rur', 'RUB'],
  ['rp', 'IDR'], ['rp.', 'IDR'],
  ['₴', 'UAH'], ['грн', 'UAH'], ['грн.', 'UAH'],
  ['₸', 'KZT'], ['тг', 'KZT'], ['тенге', 'KZT'],
  ['₹', 'INR'], ['₩', 'KRW'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['฿', 'THB'], ['₱', 'PHP'],
  ['₦', 'NGN'], ['₡', 'CRC'], ['₲', 'PYG'], ['₾', 'GEL'], ['₼', 'AZN'], ['֏', 'AMD'], ['₭', 'LAK'],
  ['₮', 'MNT'], ['៛', 'KHR'],
  ['kč', 'CZK'], ['ft', 'HUF'], ['lei', 'RON'], ['лв', 'BGN'], ['лв.', 'BGN'], ['rm', 'MYR'],
]);

/** Windows locale ids that Excel writes after a "$" in [$$-LCID]; the dollar depends on them. */
const DOLLAR_BY_LCID: ReadonlyMap<string, string> = new Map([
  ['409', 'USD'], ['1009', 'CAD'], ['C09', 'AUD'], ['1409', 'NZD'], ['4809', 'SGD'],
  ['3C09', 'HKD'], ['80A', 'MXN'], ['2C0A', 'ARS'], ['340A', 'CLP'], ['240A', 'COP'],
]);

/**
 * ISO code for a currency column value or symbol ("usd", "$", "zł", "руб.", "Rp"); null if not a
 * currency. ISO codes are matched case-insensitively as the whole text.
 * @example
 * currencyFromText('usd')   // 'USD'
 * currencyFromText(' zł ')  // 'PLN'
 * currencyFromText('руб.')  // 'RUB'
 * currencyFromText('kr')    // null (SEK, NOK or DKK: ambiguous)
 * currencyFromText('Total') // null
 */
export function currencyFromText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 12) return null;
  // "US $" and "R $" occur in hand-typed sheets; inner spaces never change the meaning.
  const key = trimmed.toLowerCase().replace(/\s+/g, '');
  const symbol = SYMBOLS.get(key);
  if (symbol !== undefined) return symbol;
  if (key.length === 3) {
    const code = key.toUpperCase();
    if (ISO_CODES.has(code)) return code;
  }
  return null;
}

/**
 * ISO code implied by an Excel number format (en-US form), or null when the format shows no
 * currency. Looks at [$symbol-LCID] tags, quoted literals, backslash-escaped characters and bare
 * currency symbols; colours, conditions, padding (_x) and fill (*x) are skipped. The first
 * currency found wins (later sections repeat it for negatives and zero).
 * @example
 * currencyFromNumberFormat('"$"#,##0.00')          // 'USD'
 * currencyFromNumberFormat('[$€-407] #,##0.00')    // 'EUR'
 * currencyFromNumberFormat('[$$-1009]#,##0.00')    // 'CAD'
 * currencyFromNumberFormat('#,##0.00 [$RUB]')      // 'RUB'
 * currencyFromNumberFormat('#,##0.00\\ "zł"')      // 'PLN'
 * currencyFromNumberFormat('[$Rp-421]#,##0')       // 'IDR'
 * currencyFromNumberFormat('[$-419]dd.mm.yyyy')    // null (a locale tag, no symbol)
 * currencyFromNumberFormat('0.00')                 // null
 */
export function currencyFromNumberFormat(format: string): string | null {
  const n = format.length;
  let escaped = '';
  let i = 0;
  while (i < n) {
    const ch = format[i];
    if (ch === '\\' && i + 1 < n) {
      // Runs of escaped characters spell one literal (\z\ł); an escaped space ends the run.
      const next = format[i + 1];
      if (next === ' ') {
        const found = flushEscaped(escaped);
        if (found !== null) return found;
        escaped = '';
      } else {
        escaped += next;
      }
      i += 2;
      continue;
    }
    const found = flushEscaped(escaped);
    if (found !== null) return found;
    escaped = '';
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const literal = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      const code = currencyFromText(literal);
      if (code !== null) return code;
      i = end < 0 ? n : end + 1;
    } else if (ch === '[') {
      const end = format.indexOf(']', i + 1);
      const inner = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      if (inner.startsWith('$')) {
        const code = currencyFromLocaleTag(inner.slice(1));
        if (code !== null) return code;
      }
      i = end < 0 ? n : end + 1;
    } else if (ch === '_' || ch === '*') {
      // "_)" pads by the width of ")", "* " repeats a space: the next character is not shown as text.
      i += 2;
    } else {
      const code = isBareSymbol(ch) ? currencyFromText(ch) : null;
      if (code !== null) return code;
      i += 1;
    }
  }
  return flushEscaped(escaped);
}

function flushEscaped(literal: string): string | null {
  return literal.length === 0 ? null : currencyFromText(literal);
}

/** "€-407" -> EUR, "$-1009" -> CAD, "RUB" -> RUB, "-419" -> null (locale only). */
function currencyFromLocaleTag(tag: string): string | null {
  // The symbol itself never starts with "-", so the first "-" after it starts the locale id.
  const dash = tag.indexOf('-', 1);
  const symbol = dash < 0 ? tag : tag.slice(0, dash);
  if (symbol.length === 0 || symbol.startsWith('-')) return null;
  if (symbol === '$' && dash >= 0) {
    const lcid = tag.slice(dash + 1).toUpperCase().replace(/^0+/, '');
    return DOLLAR_BY_LCID.get(lcid) ?? 'USD';
  }
  return currencyFromText(symbol);
}

/** Symbols Excel lets a format show without quotes; letters there are format codes, not text. */
function isBareSymbol(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // "$", "£", "¥", "€" and the Unicode currency-symbol block (₠..₿).
  return c === 0x24 || c === 0xa3 || c === 0xa5 || c === 0x20ac || (c >= 0x20a0 && c <= 0x20bf);
}
