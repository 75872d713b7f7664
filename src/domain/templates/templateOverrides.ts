import type { Level } from '../ladder';
import { type Language, LANGUAGES, toLanguage } from './languages';
import { parseTemplate } from './parseTemplate';
import { type Template, placeholdersIn } from './renderTemplate';
import { templateKind } from './templateKind';

/**
 * One row of the user's "Templates" sheet, as read from the grid: the step it is for, its
 * language, subject and body, and `cell`, the address that problems point at (for example
 * "'Templates'!A4").
 */
export interface TemplateOverrideRow {
  step: string;
  language: string;
  subject: string;
  body: string;
  cell: string;
}

export interface TemplateOverride {
  stepId: string;
  language: Language;
  template: Template;
  cell: string;
}

/** Valid overrides by step and language; build with `readTemplateOverrides`. */
export type TemplateOverrides = ReadonlyMap<string, TemplateOverride>;

export const NO_OVERRIDES: TemplateOverrides = new Map();

export interface OverrideProblem {
  message: string;
  cell: string;
}

const key = (stepId: string, language: Language) => `${stepId}\u0000${language}`;

/** The user's template for a step in a language, if a valid row gave one. */
export function findOverride(overrides: TemplateOverrides, stepId: string, language: Language): TemplateOverride | undefined {
  return overrides.get(key(stepId, language));
}

const blank = (text: string) => text.trim() === '';

/**
 * Checks the rows of the "Templates" sheet against the ladder and keeps the valid ones. A row
 * is reported (with its cell) and ignored, so the built-in template is used instead, when its
 * step is not a ladder step id, its language is not one the product writes (en, ru, pl, id, or
 * their names: "Polish", "polski"), its subject or body is empty or has an unknown placeholder
 * or broken braces, an email or letter body has no {{invoices}} (the customer must see which
 * invoices are meant), or an earlier row already set the same step and language. Rows left
 * entirely empty are skipped. A valid row replaces the built-in template for its step and
 * language.
 */
export function readTemplateOverrides(rows: readonly TemplateOverrideRow[], ladder: readonly Level[]): { overrides: TemplateOverrides; problems: OverrideProblem[] } {
  const overrides = new Map<string, TemplateOverride>();
  const problems: OverrideProblem[] = [];
  for (const row of rows) {
    if (blank(row.step) && blank(row.language) && blank(row.subject) && blank(row.body)) continue;
    const found: string[] = [];
    const stepText = row.step.trim();
    const level = ladder.find((l) => l.id === stepText) ?? ladder.find((l) => l.id.toLowerCase() === stepText.toLowerCase());
    if (stepText === '') found.push('the step is empty; write a step id of the ladder');
    else if (!level) found.push(`step "${stepText}" is not in the ladder (${ladder.map((l) => l.id).join(', ')})`);
    const language = toLanguage(row.language);
    if (blank(row.language)) found.push('the language is empty; write en, ru, pl or id');
    else if (language === null) found.push(`language "${row.language.trim()}" is not one the templates are written in (${LANGUAGES.join(', ')})`);
    if (blank(row.subject)) found.push('the subject is empty');
    if (blank(row.body)) found.push('the body is empty');
    for (const p of parseTemplate(row.subject).problems) found.push(`subject: ${p.message}`);
    for (const p of parseTemplate(row.body).problems) found.push(`body: ${p.message}`);
    const template = { subject: row.subject, body: row.body };
    if (parseTemplate(row.subject).tokens.some((t) => t.kind === 'placeholder' && t.name === 'invoices')) {
      found.push('subject: {{invoices}} is a table and belongs in the body');
    }
    if (level && templateKind(level.channel, level.tone) === 'message' && !blank(row.body) && !placeholdersIn({ subject: '', body: row.body }).has('invoices')) {
      found.push(`body: has no {{invoices}}; ${level.channel === 'letter' ? 'a letter' : 'an email'} must show the customer which invoices are meant`);
    }
    if (level && language !== null) {
      const earlier = overrides.get(key(level.id, language));
      if (earlier) found.push(`${earlier.cell} already sets the template for ${level.id} in ${language}; this row is ignored`);
    }
    if (found.length > 0 || !level || language === null) {
      for (const message of found) problems.push({ message, cell: row.cell });
      continue;
    }
    overrides.set(key(level.id, language), { stepId: level.id, language, template, cell: row.cell });
  }
  return { overrides, problems };
}
