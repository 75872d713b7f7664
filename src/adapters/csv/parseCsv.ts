const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Records of an RFC 4180 text: quoted fields may hold delimiters, doubled quotes and line
 * breaks; records end at CRLF, LF or CR. Empty fields are null and a blank line is an empty
 * record, except at the end of the text. Lenient like spreadsheet programs: text after a closing quote is kept.
 */
export function parseCsv(text: string, delimiter: string): (string | null)[][] {
  const separator = delimiter.charCodeAt(0);
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value = '';
    if (text.charCodeAt(i) === QUOTE) {
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, close);
        i = close + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        value += '"';
        i++;
      }
    }
    const start = i;
    let code = text.charCodeAt(i);
    while (i < n && code !== separator && code !== LF && code !== CR) code = text.charCodeAt(++i);
    value += text.slice(start, i);
    row.push(value === '' ? null : value);

    if (i >= n) break;
    i++;
    if (code === separator) {
      if (i >= n) row.push(null);
      continue;
    }
    if (code === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row.length === 1 && row[0] === null ? [] : row);
    row = [];
  }
  if (row.length > 0) rows.push(row.length === 1 && row[0] === null ? [] : row);
  // Blank lines at the end are a text editor's habit, not records.
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}
