/** A rectangle of a sheet, 0-based like `getRangeByIndexes`. */
export interface RangeArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** @example columnLetters(0) // "A"; columnLetters(27) // "AB" */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The area of an address as Excel reports it (`Range.address`): the sheet part, quoted or not,
 * is dropped. Only cell and cell:cell forms occur there; anything else is a programmer error.
 * @example parseRangeAddress("'Today''s actions'!B3:D9") // { row: 2, column: 1, rowCount: 7, columnCount: 3 }
 */
export function parseRangeAddress(address: string): RangeArea {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) throw new RangeError(`[dunning-desk] not a cell or cell range address: "${address}"`);
  const top = Math.min(Number(a[2]), Number(b[2]));
  const bottom = Math.max(Number(a[2]), Number(b[2]));
  const left = Math.min(columnNumber(a[1]), columnNumber(b[1]));
  const right = Math.max(columnNumber(a[1]), columnNumber(b[1]));
  return { row: top - 1, column: left - 1, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/**
 * The areas of a multi-area address (`RangeAreas.address`), e.g. merged cells.
 * @example parseAreasAddress('S!A2:A3, S!C5') // two areas
 */
export function parseAreasAddress(address: string): RangeArea[] {
  // Sheet names may hold commas only inside quotes; Excel separates areas with ", " or ",".
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.map(parseRangeAddress);
}
