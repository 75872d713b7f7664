import { memoized } from '../memo';
import { escapeHtmlLines } from './escapeHtml';
import { oneLine } from './oneLine';
import { type ParsedTemplate, type TemplateProblem, type TemplateToken, parseTemplate } from './parseTemplate';
import type { Placeholder } from './placeholders';

/** A template as a user or the product writes it: plain text with `{{placeholders}}`. */
export interface Template {
  /** One line; line breaks in it or in its values become spaces. */
  subject: string;
  /** Paragraphs separated by blank lines; single line breaks are kept. */
  body: string;
}

/**
 * A value that is a block of its own (the invoice table): its plain-text form, and its HTML,
 * which is markup the product built itself with every sheet value already escaped. It is
 * inserted as is, so it must never be built from unescaped text.
 */
export interface BlockValue {
  text: string;
  html: string;
}

/** Plain text (escaped when rendered as HTML), a block, or null for "not set". */
export type PlaceholderValue = string | BlockValue | null;

export type PlaceholderValues = Partial<Record<Placeholder, PlaceholderValue>>;

export interface RenderedTemplate {
  /** One line: never contains CR, LF or another control character. */
  subject: string;
  text: string;
  /** An HTML fragment: `<p>` paragraphs with `<br>` line breaks, and block values. */
  html: string;
  /** Unknown placeholders and broken braces, each starting with "subject:" or "body:". */
  problems: TemplateProblem[];
}

const BLANK_LINE = /\n[ \t]*(?:\n[ \t]*)+/;

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** CR or a control character: what cleanText changes. Most values have none, and one test spares two replaces. */
const TO_CLEAN = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Sheet text as text: one kind of line break, no control characters. */
function cleanText(text: string): string {
  if (!TO_CLEAN.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

function splitParagraphs(tokens: readonly TemplateToken[]): TemplateToken[][] {
  const paragraphs: TemplateToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind !== 'text') {
      paragraphs[paragraphs.length - 1].push(token);
      continue;
    }
    token.text.split(BLANK_LINE).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs[paragraphs.length - 1].push({ kind: 'text', text: piece });
    });
  }
  return paragraphs;
}

/**
 * Templates are a handful (built-in and the Templates sheet's rows) and drafts thousands a
 * morning, so each text is parsed once. The results are shared: never changed after parsing.
 */
const PARSED = new Map<string, ParsedTemplate>();
const BODIES = new Map<string, ParsedBody>();

interface ParsedBody {
  paragraphs: TemplateToken[][];
  problems: TemplateProblem[];
}

const parsed = (source: string): ParsedTemplate => memoized(PARSED, source, parseTemplate);

function parseBody(body: string): ParsedBody {
  const { tokens, problems } = parseTemplate(cleanText(body));
  return { paragraphs: splitParagraphs(tokens), problems };
}

const isBlock = (value: PlaceholderValue | undefined): value is BlockValue => typeof value === 'object' && value !== null;

/** The line without the spaces and tabs it ends with. */
function withoutEndBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return line.slice(0, end);
}

/**
 * Whether a line other than the last ends with a space or tab. Found from each line break,
 * not with `includes(' \n')`, which is many times slower in V8 on text with a character
 * beyond Latin-1 (a dash, a zloty sign), as most invoice tables have.
 */
function hasEndBlanks(text: string): boolean {
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 32 || before === 9) return true;
  }
  return false;
}

/**
 * No spaces or tabs at the end of a line, and no blank lines or white space at either end.
 * Line by line, not with /[ \t]+\n/g: that search restarts at every space of a padded invoice
 * table and takes time quadratic in the padding (a lookbehind would fix it, but Safari before
 * 16.4, which Office on an older Mac runs the task pane in, cannot parse one).
 */
function tidyText(text: string): string {
  const trimmed = text.trim();
  return hasEndBlanks(trimmed) ? trimmed.split('\n').map(withoutEndBlanks).join('\n') : trimmed;
}

function renderParagraphText(paragraph: readonly TemplateToken[], values: PlaceholderValues): string {
  let out = '';
  let afterBlock = false;
  for (const token of paragraph) {
    // The line break after a block is added only when something follows: at the end tidyText
    // would drop it, and without it a paragraph that is only a table is its text as built.
    if (afterBlock) out += '\n';
    if (token.kind === 'text') {
      out += afterBlock ? token.text.replace(/^[ \t]+/, '') : token.text;
      afterBlock = false;
      continue;
    }
    const value = values[token.name];
    afterBlock = isBlock(value);
    if (isBlock(value)) {
      // A table reads right only from the start of a line, and the text after it starts a new one.
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      out += value.text;
    } else out += cleanText(value ?? '');
  }
  return tidyText(out);
}

function renderParagraphHtml(paragraph: readonly TemplateToken[], values: PlaceholderValues): string {
  const parts: string[] = [];
  let inline = '';
  const flush = () => {
    const text = tidyText(inline);
    if (text !== '') parts.push(`<p>${escapeHtmlLines(text)}</p>`);
    inline = '';
  };
  for (const token of paragraph) {
    if (token.kind === 'text') {
      inline += token.text;
      continue;
    }
    const value = values[token.name];
    if (isBlock(value)) {
      flush();
      parts.push(value.html);
    } else inline += cleanText(value ?? '');
  }
  flush();
  return parts.join('\n');
}

function renderSubject(tokens: readonly TemplateToken[], values: PlaceholderValues): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'text') out += token.text;
    else {
      const value = values[token.name];
      out += isBlock(value) ? value.text : (value ?? '');
    }
  }
  // A value left out leaves "()" or a dangling separator behind: "Reminder ()" reads as a mistake.
  return oneLine(oneLine(out).replace(/\(\s*\)/g, '')).replace(/\s*[:\u2013\u2014-]+$/, '');
}

/**
 * Renders a template as a one-line subject, a plain-text body and an HTML body.
 *
 * Placeholders (case-insensitive, spaces inside the braces allowed: `{{ Total }}`):
 *
 * | placeholder | stands for |
 * |---|---|
 * | `{{customer}}` | the customer's name as the invoice sheet writes it |
 * | `{{invoices}}` | a table of every invoice in the message: number, invoice date, due date, days overdue, open amount, then the total per currency; aligned columns in text, a `<table>` in HTML. Put it on a line of its own. |
 * | `{{total}}` | the open amount per currency, in the reader's format ("$1,200.00 and €300.00") |
 * | `{{oldest_due_date}}` | the due date of the oldest invoice |
 * | `{{days_overdue}}` | how long the oldest invoice is overdue, with the word for days ("45 days", "45 дней", "45 dni", "45 hari"); 0 when not yet due |
 * | `{{deadline}}` | the payment deadline of a formal demand: the action's date + "demand deadline (days)" |
 * | `{{company}}` | the sender's company |
 * | `{{sender}}` | the sender's name |
 * | `{{payment_details}}` | bank account, IBAN or payment link, several lines allowed |
 * | `{{late_fee}}` | the late fee or interest from the settings ("1.5% per month") |
 * | `{{phone}}` | the customer's phone number from the invoice sheet |
 * | `{{email}}` | the customer's email address(es) from the invoice sheet |
 * | `{{date}}` | the date the draft is written for |
 * | `{{step}}` | the name of the ladder step ("Second notice") |
 *
 * Dates and amounts are written in the draft's language ("30.11.2026", "1 234,56 zł").
 *
 * A paragraph (text between blank lines) that uses a placeholder whose value is not set
 * (null or absent: no late fee in the settings, no payment details) is left out whole, so a
 * sentence about a late fee is never sent without the fee. Put such a sentence in a paragraph
 * of its own.
 *
 * In HTML every value and every piece of the template's own text is escaped (& < > " ') and
 * line breaks become `<br>`; only block values (the invoice table) are inserted as built. The
 * subject is one line: CR, LF and other control characters in the template or in a value
 * become spaces. Values are inserted, never read as template text: a customer named
 * "{{total}}" stays "{{total}}".
 *
 * An unknown placeholder or broken braces (`{{total`, `}}`, `{x}`, `{{ unknown }}`) is
 * reported in `problems` and left out of the result, so the result never holds a raw brace
 * from the template. A caller must not send a result that has problems.
 */
export function renderTemplate(template: Template, values: PlaceholderValues): RenderedTemplate {
  const subject = parsed(template.subject);
  const body = memoized(BODIES, template.body, parseBody);
  const problems = templateProblems(template);
  const kept = body.paragraphs.filter((paragraph) =>
    paragraph.every((token) => token.kind === 'text' || (values[token.name] !== null && values[token.name] !== undefined)),
  );
  const text = kept.map((p) => renderParagraphText(p, values)).filter((p) => p !== '');
  const html = kept.map((p) => renderParagraphHtml(p, values)).filter((p) => p !== '');
  return { subject: renderSubject(subject.tokens, values), text: text.join('\n\n'), html: html.join('\n'), problems };
}

/**
 * What renderTemplate reports for the template, whatever the values: unknown placeholders and
 * broken braces, each starting with "subject:" or "body:". Known without rendering anything.
 */
export function templateProblems(template: Template): TemplateProblem[] {
  return [
    ...parsed(template.subject).problems.map((p) => ({ message: `subject: ${p.message}` })),
    ...memoized(BODIES, template.body, parseBody).problems.map((p) => ({ message: `body: ${p.message}` })),
  ];
}

/** The placeholders a template's subject and body use. */
export function placeholdersIn(template: Template): Set<Placeholder> {
  const used = new Set<Placeholder>();
  for (const source of [template.subject, template.body]) {
    for (const token of parsed(source).tokens) if (token.kind === 'placeholder') used.add(token.name);
  }
  return used;
}
