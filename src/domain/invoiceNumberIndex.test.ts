// The layer rule is for production code; tests may use their dev tools.
import fc from 'fast-check';
import type { Invoice } from './invoice';
import { InvoiceNumberIndex } from './invoiceNumberIndex';

const invoiceWith = (invoice: string, row: number): Invoice => ({
  row, invoice, customer: '', currency: null, invoiceDate: null, dueDate: 0 as Invoice['dueDate'], dueDateSource: 'sheet',
  amount: 0, open: 0, status: 'open', daysOverdue: 0, bucket: -1, email: '', phone: '', language: null,
});

/** What every invoice's earlierRow() answers, read in order as readInvoices reads them. */
function earlierRows(numbers: readonly string[], expected: number): (number | undefined)[] {
  const invoices: Invoice[] = [];
  const index = new InvoiceNumberIndex(invoices, expected);
  return numbers.map((number, i) => {
    invoices.push(invoiceWith(number, i + 2));
    return number === '' ? undefined : index.earlierRow(invoices.length - 1);
  });
}

/** The plain way: a map keyed by the lower-cased number. */
function referenceRows(numbers: readonly string[]): (number | undefined)[] {
  const seen = new Map<string, number>();
  return numbers.map((number, i) => {
    const key = number.toLowerCase();
    if (key === '') return undefined;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, i + 2);
    return earlier;
  });
}

/** Numbers as exports write them: long ascending runs, some out of order, case and Unicode twins. */
const numbersArb = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `INV-${String(n).padStart(5, '0')}`) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `inv-${String(n).padStart(5, '0')}`) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map(String) },
      {
        weight: 1,
        // Kelvin sign and K, dotted I, sharp s, final sigma: toLowerCase() twins and non-twins.
        arbitrary: fc.constantFrom('\u212A9', 'k9', 'K9', '\u0130', 'i\u0307', 'I', 'ß', 'SS', 'ss', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'É1', 'é1', 'e\u03011', 'Z', 'z', ''),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    { maxLength: 600 },
  )
  .map((picks) => {
    let next = 0;
    return picks.map((pick) => pick ?? `INV-${String((next += 1 + (next % 3))).padStart(5, '0')}`);
  });

describe('InvoiceNumberIndex', () => {
  it('finds the same earlier rows as a map of lower-cased numbers', () => {
    fc.assert(
      fc.property(numbersArb, fc.constantFrom(0, 1, 50, 1000), (numbers, expected) => {
        expect(earlierRows(numbers, expected)).toEqual(referenceRows(numbers));
      }),
      { numRuns: 2000 },
    );
  });

  it('compares as toLowerCase() does, in and out of ascending order', () => {
    expect(earlierRows(['INV-1', 'INV-2', 'inv-1', 'INV-3', 'Inv-2'], 5)).toEqual([undefined, undefined, 2, undefined, 3]);
    expect(earlierRows(['K1', '\u212A1', 'k1'], 3)).toEqual([undefined, 2, 2]);
    expect(earlierRows(['A-10', 'A-9', 'a-10'], 3)).toEqual([undefined, undefined, 2]);
    expect(earlierRows(['ß', 'SS', 'ss'], 3)).toEqual([undefined, undefined, 3]);
  });

  it('grows past the expected count', () => {
    const numbers = Array.from({ length: 3000 }, (_, i) => `N${(i * 7919) % 2000}`);
    expect(earlierRows(numbers, 1)).toEqual(referenceRows(numbers));
  });
});
