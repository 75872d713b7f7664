/**
 * The invoice fields the engine understands and the header texts that name them in the exports
 * people actually have (QuickBooks, Xero, Sage, 1C, hand-made; English, Russian, Polish,
 * Indonesian). Headers are compared by `headerKey`, so "Invoice #", "invoice no." and
 * "InvoiceNumber" meet their synonyms without a synonym per spelling.
 */
export const FIELDS = [
  'invoice', 'customer', 'invoiceDate', 'dueDate', 'terms', 'amount', 'paid', 'open', 'currency',
  'status', 'paidDate', 'disputed', 'email', 'phone', 'language',
] as const;

export type Field = (typeof FIELDS)[number];

export type HeaderLanguage = 'en' | 'ru' | 'pl' | 'id';

/**
 * Synonyms per field and language, strongest first: when two columns claim a field, the one
 * matching an earlier synonym wins ("Invoice Date" beats a bare "Date").
 */
const SYNONYMS: Record<Field, Partial<Record<HeaderLanguage, readonly string[]>>> = {
  invoice: {
    en: ['invoice number', 'invoice no', 'invoice', 'inv no', 'invoice id', 'num', 'number', 'doc no', 'document number', 'document no', 'document', 'no', 'ref no'],
    ru: ['номер счета', 'счет', 'счет на оплату', 'номер документа', 'документ', 'номер', 'счет фактура', 'документ счет'],
    pl: ['nr faktury', 'numer faktury', 'faktura', 'nr dokumentu', 'numer', 'nr'],
    id: ['no faktur', 'nomor faktur', 'faktur', 'no invoice', 'nomor invoice', 'nomor'],
  },
  customer: {
    en: ['customer', 'customer name', 'client', 'client name', 'contact', 'account', 'debtor', 'customer id', 'bill to', 'company', 'payer', 'name'],
    ru: ['контрагент', 'покупатель', 'клиент', 'заказчик', 'дебитор', 'плательщик', 'наименование'],
    pl: ['kontrahent', 'nabywca', 'klient', 'odbiorca', 'płatnik', 'nazwa'],
    id: ['pelanggan', 'nama pelanggan', 'klien', 'customer', 'nama'],
  },
  invoiceDate: {
    en: ['invoice date', 'date', 'issue date', 'date issued', 'document date', 'doc date', 'posting date', 'transaction date', 'txn date', 'inv date'],
    ru: ['дата счета', 'дата документа', 'дата', 'дата выставления'],
    pl: ['data wystawienia', 'data faktury', 'data dokumentu', 'data'],
    id: ['tanggal faktur', 'tanggal invoice', 'tgl faktur', 'tanggal'],
  },
  dueDate: {
    en: ['due date', 'due', 'payment due', 'date due', 'due by', 'payment due date', 'maturity date'],
    ru: ['срок оплаты', 'оплатить до', 'срок платежа', 'дата погашения', 'срок'],
    pl: ['termin płatności', 'termin zapłaty', 'data płatności', 'termin'],
    id: ['jatuh tempo', 'tanggal jatuh tempo', 'tgl jatuh tempo'],
  },
  terms: {
    en: ['terms', 'payment terms', 'credit terms'],
    ru: ['условия оплаты', 'отсрочка', 'отсрочка платежа'],
    pl: ['warunki płatności', 'forma płatności'],
    id: ['termin pembayaran', 'syarat pembayaran'],
  },
  amount: {
    en: ['invoice amount', 'amount', 'invoice total', 'total amount', 'original amount', 'orig amount', 'gross amount', 'gross', 'total', 'value'],
    ru: ['сумма', 'сумма счета', 'сумма документа', 'сумма по счету'],
    pl: ['kwota', 'kwota brutto', 'wartość brutto', 'brutto', 'wartość'],
    id: ['jumlah', 'nilai', 'total tagihan', 'jumlah tagihan', 'nilai faktur'],
  },
  paid: {
    en: ['paid', 'amount paid', 'paid amount', 'payments', 'payment', 'payments received'],
    ru: ['оплачено', 'оплата', 'сумма оплаты', 'поступило'],
    pl: ['zapłacono', 'wpłacono', 'zapłata', 'kwota zapłacona', 'wpłaty'],
    id: ['dibayar', 'terbayar', 'pembayaran', 'jumlah dibayar'],
  },
  open: {
    en: ['open balance', 'balance due', 'amount due', 'outstanding', 'open amount', 'balance', 'due amount', 'remaining', 'outstanding amount', 'open'],
    ru: ['долг', 'задолженность', 'остаток', 'сумма долга', 'остаток долга', 'к оплате'],
    pl: ['do zapłaty', 'pozostało do zapłaty', 'pozostało', 'saldo', 'należność'],
    id: ['sisa', 'sisa tagihan', 'saldo', 'piutang', 'sisa piutang'],
  },
  currency: {
    en: ['currency', 'currency code', 'ccy', 'cur', 'curr'],
    ru: ['валюта'],
    pl: ['waluta'],
    id: ['mata uang'],
  },
  status: {
    en: ['status', 'payment status', 'state', 'invoice status'],
    ru: ['статус', 'состояние'],
    pl: ['status', 'stan'],
    id: ['status'],
  },
  paidDate: {
    en: ['settled date', 'paid date', 'date paid', 'payment date', 'paid on', 'settlement date', 'cleared date'],
    ru: ['дата оплаты', 'дата погашения долга', 'оплачено дата'],
    pl: ['data zapłaty', 'data wpłaty', 'zapłacono dnia'],
    id: ['tanggal bayar', 'tanggal pelunasan', 'tanggal pembayaran', 'tgl bayar'],
  },
  disputed: {
    en: ['disputed', 'dispute', 'in dispute'],
    ru: ['спор', 'спорный', 'претензия'],
    pl: ['sporna', 'spór', 'reklamacja'],
    id: ['sengketa', 'keberatan'],
  },
  email: {
    en: ['email', 'e mail', 'contact email', 'email address', 'billing email'],
    ru: ['почта', 'эл почта', 'электронная почта'],
    pl: ['adres email', 'poczta'],
    id: ['surel', 'alamat email'],
  },
  phone: {
    en: ['phone', 'telephone', 'tel', 'phone number', 'mobile', 'contact phone'],
    ru: ['телефон', 'тел'],
    pl: ['telefon', 'nr telefonu'],
    id: ['telepon', 'no telepon', 'hp', 'no hp'],
  },
  language: {
    en: ['language', 'lang', 'locale'],
    ru: ['язык'],
    pl: ['język'],
    id: ['bahasa'],
  },
};

/**
 * The comparable form of a header: lower case, "ё" as "е", camelCase split, and every run of
 * punctuation, "#", "№" or space as one space.
 * @example headerKey('Invoice #') // "invoice"; headerKey('InvoiceNumber') // "invoice number"
 */
export function headerKey(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface HeaderMatch {
  field: Field;
  language: HeaderLanguage;
  /** Position in the field's synonym list: lower is a stronger claim. */
  rank: number;
}

const MATCHES = new Map<string, HeaderMatch[]>();
for (const field of FIELDS) {
  for (const [language, words] of Object.entries(SYNONYMS[field]) as [HeaderLanguage, readonly string[]][]) {
    words.forEach((word, rank) => {
      const key = headerKey(word);
      const list = MATCHES.get(key) ?? [];
      if (!list.some((m) => m.field === field)) list.push({ field, language, rank });
      MATCHES.set(key, list);
    });
  }
}

/** Every field a header text could name ("Status" names status; "Total" names amount). */
export function matchHeader(header: string): readonly HeaderMatch[] {
  return MATCHES.get(headerKey(header)) ?? [];
}
