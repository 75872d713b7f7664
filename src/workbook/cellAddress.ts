/**
 * A1-style address of a 1-based row and column, quoted with the sheet name when given.
 * @example cellAddress(7, 2, 'Dunning settings') // "'Dunning settings'!B7"
 */
export function cellAddress(row: number, col: number, sheet?: string): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const local = `${letters}${row}`;
  return sheet === undefined ? local : `'${sheet.replace(/'/g, "''")}'!${local}`;
}
