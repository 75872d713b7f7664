/**
 * A sheet repeats the same few texts in a column thousands of times (currencies, statuses,
 * terms, dates typed as text), so their interpretation is worth remembering. Past this many
 * distinct texts a column is not repetitive, and remembering more would only cost memory.
 */
const MEMO_LIMIT = 10_000;

/** `interpret(text)`, computed once per distinct text while the memo has room. */
export function memoized<T extends NonNullable<unknown> | null>(memo: Map<string, T>, text: string, interpret: (text: string) => T): T {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const value = interpret(text);
  if (memo.size < MEMO_LIMIT) memo.set(text, value);
  return value;
}
