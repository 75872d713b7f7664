import type { Invoice } from './invoice';

/**
 * Finds repeated invoice numbers among the invoices read so far, compared as
 * `number.toLowerCase()` compares them.
 *
 * Why not a Map keyed by the lower-cased number: on a million-row sheet that is a million new
 * strings and map entries kept alive to the end of the read, and the garbage collector then costs
 * more than reading the rows. Here nothing is copied or stored per invoice while the numbers come
 * in ascending order, as in most exports: no number can then repeat an earlier one, and comparing
 * it with the last is all it takes. Only once the order breaks is a hash table built, of typed
 * arrays holding positions in the invoice list.
 */

const EMPTY = -1;

/** A-Z to a-z; toLowerCase() does no more than this to ASCII, and never yields A-Z from anything else. */
function foldAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** ASCII without a-z: folding leaves such text unchanged, so it can be compared as it is. */
function isFoldedUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x61 && code <= 0x7a)) return false;
  }
  return true;
}

/** The number as compared: ASCII as written (folded while comparing), anything else lower-cased. */
function keyOf(invoice: string): string {
  return isAscii(invoice) ? invoice : invoice.toLowerCase();
}

/** Whether two keys are equal once folded, that is whether their toLowerCase() texts are. */
function equalFolded(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (foldAscii(a.charCodeAt(i)) !== foldAscii(b.charCodeAt(i))) return false;
  return true;
}

/** FNV-1a over the folded characters of a key. */
function hashFolded(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ foldAscii(key.charCodeAt(i)), 0x01000193);
  return hash;
}

/** The smallest power of two that holds `count` entries at most half full. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/** Positions in the invoice list by hash (open addressing), with each slot's hash. */
interface Table {
  slots: Int32Array;
  hashes: Int32Array;
  entries: number;
}

function emptyTable(size: number): Table {
  return { slots: new Int32Array(size).fill(EMPTY), hashes: new Int32Array(size), entries: 0 };
}

/** Puts an entry known to be new into the table's first free slot from its hash. */
function place(table: Table, entry: number, hash: number): void {
  const mask = table.slots.length - 1;
  let slot = hash & mask;
  while (table.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
  table.slots[slot] = entry;
  table.hashes[slot] = hash;
  table.entries++;
}

export class InvoiceNumberIndex {
  /** The last number while all came in ascending order (shorter first, then by code unit); '' before the first. */
  private last = '';
  /** Made once the order broke. */
  private table: Table | null = null;

  /**
   * `invoices`: the list being read, which this reads and never changes. `expected`: about how
   * many there will be, so the table is made once at its size.
   */
  constructor(
    private readonly invoices: readonly Invoice[],
    private readonly expected: number,
  ) {}

  /**
   * For invoices[at], the latest one read and with a non-empty number: the row of the first
   * earlier invoice with the same number, or undefined when it is the first.
   * @example index.earlierRow(0) // undefined for "INV-1"; then index.earlierRow(1) // its row, for "inv-1"
   */
  earlierRow(at: number): number | undefined {
    const number = this.invoices[at].invoice;
    let table = this.table;
    if (table === null) {
      // Every earlier number is below the last, so differs from one above it.
      const last = this.last;
      if (isFoldedUpper(number) && (last === '' || number.length > last.length || (number.length === last.length && number > last))) {
        this.last = number;
        return undefined;
      }
      table = this.table = this.tableOfFirst(at);
    }
    const key = keyOf(number);
    const hash = hashFolded(key);
    const { slots, hashes } = table;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (hashes[slot] === hash && equalFolded(keyOf(this.invoices[entry].invoice), key)) return this.invoices[entry].row;
    }
    place(table, at, hash);
    if (table.entries * 2 > slots.length) this.table = this.grown(table);
    return undefined;
  }

  /** A table of the invoices before `end` with a number, all different (they came in ascending order). */
  private tableOfFirst(end: number): Table {
    const table = emptyTable(tableSize(Math.max(this.expected, end + 1)));
    for (let entry = 0; entry < end; entry++) {
      const number = this.invoices[entry].invoice;
      if (number !== '') place(table, entry, hashFolded(keyOf(number)));
    }
    return table;
  }

  private grown(table: Table): Table {
    const bigger = emptyTable(table.slots.length * 2);
    for (let slot = 0; slot < table.slots.length; slot++) {
      if (table.slots[slot] !== EMPTY) place(bigger, table.slots[slot], table.hashes[slot]);
    }
    return bigger;
  }
}
