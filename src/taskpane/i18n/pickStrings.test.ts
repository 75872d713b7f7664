import { en } from './en';
import { id } from './id';
import { pickStrings, uiLanguage } from './pickStrings';
import { pl } from './pl';
import { ru } from './ru';

describe('the UI language', () => {
  it.each([
    ['ru-RU', 'ru'], ['pl', 'pl'], ['id-ID', 'id'], ['in-ID', 'id'], ['en-GB', 'en'], ['de-DE', 'en'], ['', 'en'], [undefined, 'en'], ['PL_pl', 'pl'],
  ])('%s -> %s', (tag, language) => {
    expect(uiLanguage(tag)).toBe(language);
  });

  it('picks the dictionary', () => {
    expect(pickStrings('pl-PL').refreshAging).toBe('Odśwież wiekowanie');
  });

  it('counts in each language’s plural forms', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => ru.actionsCount(n))).toEqual(['1 действие', '2 действия', '5 действий', '21 действие', '22 действия', '25 действий']);
    expect([1, 2, 5, 22].map((n) => pl.problemsCount(n))).toEqual(['1 problem', '2 problemy', '5 problemów', '22 problemy']);
    expect([1, 2].map((n) => en.actionsCount(n))).toEqual(['1 action', '2 actions']);
    expect(id.actionsCount(2)).toBe('2 tindakan');
  });

  it('keeps the primary controls’ English names exactly', () => {
    expect([en.openWorkbook, en.refreshAging, en.downloadWorkbook]).toEqual(['Open workbook', 'Refresh aging', 'Download workbook']);
  });
});
