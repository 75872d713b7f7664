import { DEFAULT_LADDER, type Tone } from '../ladder';
import { EN } from './en';
import { ID } from './id';
import type { CallCommon, CallWording, CustomerTone, LanguagePack } from './languagePack';
import type { Language } from './languages';
import { PL } from './pl';
import type { Template } from './renderTemplate';
import { RU } from './ru';
import type { TemplateKind } from './templateKind';

const PACKS: Readonly<Record<Language, LanguagePack>> = { en: EN, ru: RU, pl: PL, id: ID };

export function languagePack(language: Language): LanguagePack {
  return PACKS[language];
}

/**
 * A default step's own entry, when the step still has its default tone (a user who turns
 * notice-1 friendly gets the friendly text); `hasOwn` so an id such as "constructor" finds nothing.
 */
function own<T>(table: Readonly<Record<string, T>>, stepId: string, tone: Tone): T | undefined {
  if (!Object.hasOwn(table, stepId)) return undefined;
  return DEFAULT_LADDER.some((level) => level.id === stepId && level.tone === tone) ? table[stepId] : undefined;
}

/** The customer tone a template falls back to: an internal tone reaching here is read as firm. */
const customerTone = (tone: Tone): CustomerTone => (tone === 'internal' ? 'firm' : tone);

function callScript(common: CallCommon, wording: CallWording): Template {
  const body = [
    wording.opening,
    `${common.phone}\n${common.email}`,
    '{{invoices}}',
    `${common.ask}\n1. ${wording.received}\n2. ${common.problem}\n3. ${wording.when}`,
    ...wording.extra,
    `${common.ifTheySay}\n${common.excuses.map((e) => `- ${e}`).join('\n')}`,
    common.record,
  ];
  return { subject: wording.subject, body: body.join('\n\n') };
}

/**
 * The product's own template for a step in a language: the step's template when the step is
 * one of the default ladder's (pre-due, due-call, notice-1, call-1, notice-2, demand, legal)
 * with its default tone and a matching kind, else the template of its tone, so a custom step
 * with tone firm reads as a firm notice. Every language has every template.
 * @example builtinTemplate('message', 'notice-2', 'firm', 'pl').subject // "Drugie przypomnienie: zaległość {{total}} ({{customer}})"
 */
export function builtinTemplate(kind: TemplateKind, stepId: string, tone: Tone, language: Language): Template {
  const pack = PACKS[language];
  switch (kind) {
    case 'message':
      return own(pack.messages, stepId, tone) ?? pack.messageTones[customerTone(tone)];
    case 'call':
      return callScript(pack.call, own(pack.calls, stepId, tone) ?? pack.callTones[customerTone(tone)]);
    case 'note':
      return own(pack.notes, stepId, tone) ?? pack.noteTone;
  }
}
