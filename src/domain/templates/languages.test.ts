import { LANGUAGES, isLanguage, languageName, toLanguage } from './languages';
import { languagePack } from './builtinTemplate';

describe('languages', () => {
  it('reads a language as users write it', () => {
    expect(toLanguage('pl')).toBe('pl');
    expect(toLanguage('Polish')).toBe('pl');
    expect(toLanguage('русский')).toBe('ru');
    expect(toLanguage('Bahasa Indonesia')).toBe('id');
    expect(toLanguage('ru-RU')).toBe('ru');
    expect(toLanguage('de')).toBeNull();
    expect(toLanguage('')).toBeNull();
  });

  it('knows only the four languages the templates are written in', () => {
    expect(LANGUAGES).toEqual(['en', 'ru', 'pl', 'id']);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });

  it('names a language in English for messages, or quotes its code', () => {
    expect(languageName('id')).toBe('Indonesian');
    expect(languageName('de')).toBe('"de"');
  });

  it.each<[string, number, string]>([
    ['en', 1, '1 day'], ['en', 2, '2 days'], ['en', 0, '0 days'],
    ['ru', 1, '1 день'], ['ru', 3, '3 дня'], ['ru', 5, '5 дней'], ['ru', 11, '11 дней'], ['ru', 12, '12 дней'], ['ru', 21, '21 день'], ['ru', 22, '22 дня'], ['ru', 111, '111 дней'], ['ru', 0, '0 дней'],
    ['pl', 1, '1 dzień'], ['pl', 2, '2 dni'], ['pl', 22, '22 dni'],
    ['id', 1, '1 hari'], ['id', 45, '45 hari'],
  ])('writes %s days: %p is %p', (language, n, expected) => {
    expect(languagePack(language as 'en').days(n)).toBe(expected);
  });
});
