import { type Placeholder, PLACEHOLDERS, closestPlaceholder, isPlaceholder } from './placeholders';

export type TemplateToken = { kind: 'text'; text: string } | { kind: 'placeholder'; name: Placeholder };

/** A mistake in a template's text: an unknown placeholder or braces that do not form one. */
export interface TemplateProblem {
  message: string;
}

export interface ParsedTemplate {
  tokens: TemplateToken[];
  problems: TemplateProblem[];
}

/** A short piece of the text around a position, on one line, for a problem message. */
function near(source: string, from: number, to: number): string {
  const start = Math.max(0, from - 12);
  const end = Math.min(source.length, to + 12);
  const piece = source.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '...' : ''}${piece}${end < source.length ? '...' : ''}`;
}

const KNOWN_LIST = PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');

/**
 * Splits template text into literal text and placeholders. A placeholder is `{{name}}`; the
 * name is case-insensitive and may have spaces inside the braces (`{{ Total }}`). Anything
 * else made of braces is a problem, and so is a name that is not a known placeholder:
 * `{{total` (not closed), `total}}` (not opened), `{total}`, `{{ unknown }}`, `{{{customer}}}`.
 * The tokens never contain a brace from a broken part: it is dropped, so whatever is rendered
 * from them has no raw braces even when problems were reported.
 * @example parseTemplate('Hi {{customer}}') // tokens: text "Hi ", placeholder "customer"; no problems
 */
export function parseTemplate(source: string): ParsedTemplate {
  const tokens: TemplateToken[] = [];
  const problems: TemplateProblem[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{' && source[i + 1] === '{') {
      const close = source.indexOf('}}', i + 2);
      // A placeholder stays on one line and holds no other brace: "{{total ... {{customer}}" is an unclosed "{{total".
      const inner = close < 0 ? '' : source.slice(i + 2, close);
      if (close < 0 || /[{}\r\n]/.test(inner)) {
        problems.push({ message: `"{{" is not closed by "}}" in "${near(source, i, i + 2)}"` });
        i += 2;
        continue;
      }
      const name = inner.trim().toLowerCase();
      if (isPlaceholder(name)) {
        flush();
        tokens.push({ kind: 'placeholder', name });
      } else if (name === '') {
        problems.push({ message: `"{{}}" names no placeholder; known: ${KNOWN_LIST}` });
      } else {
        const guess = closestPlaceholder(name);
        problems.push({ message: `unknown placeholder {{${inner.trim()}}}${guess ? ` (did you mean {{${guess}}}?)` : ''}; known: ${KNOWN_LIST}` });
      }
      i = close + 2;
      continue;
    }
    if (ch === '}' || ch === '{') {
      const double = source[i + 1] === ch;
      const what = double ? ch + ch : ch;
      problems.push({
        message: ch === '}' ? `"${what}" closes no placeholder in "${near(source, i, i + what.length)}"` : `a single "{" is not a placeholder (write {{name}}) in "${near(source, i, i + 1)}"`,
      });
      i += what.length;
      continue;
    }
    text += ch;
    i += 1;
  }
  flush();
  return { tokens, problems };
}
