/**
 * Orders text the same way on every machine: by UTF-16 code units, not by the runtime's locale
 * (a Russian browser and an English server must list ties identically).
 * @example ['b', 'A', 'a'].sort(compareText) // ['A', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
