import { chooseLanguage } from './chooseLanguage';

describe('chooseLanguage', () => {
  describe('for an email or letter', () => {
    it('writes in the customer\'s language when there are templates for it', () => {
      expect(chooseLanguage('message', 'pl', 'en', 'notice-1')).toEqual({ language: 'pl', note: null });
      expect(chooseLanguage('message', 'Russian', 'en', 'notice-1')).toEqual({ language: 'ru', note: null });
    });

    it('uses the default language, silently, for a customer whose sheet names none', () => {
      expect(chooseLanguage('message', null, 'id', 'notice-1')).toEqual({ language: 'id', note: null });
      expect(chooseLanguage('message', null, 'Polski', 'notice-1')).toEqual({ language: 'pl', note: null });
    });

    it('falls back from a customer language with no templates to the default language, and says so', () => {
      expect(chooseLanguage('message', 'de', 'pl', 'notice-1')).toEqual({ language: 'pl', note: 'no "de" template for notice-1; used Polish, the default language' });
    });

    it('falls back to English when neither the customer\'s nor the default language has templates', () => {
      expect(chooseLanguage('message', 'de', 'fr', 'demand')).toEqual({ language: 'en', note: 'no "de" or "fr" (the default language) template for demand; used English' });
      expect(chooseLanguage('message', 'de', '', 'demand')).toEqual({ language: 'en', note: 'no "de" template for demand; used English' });
      expect(chooseLanguage('message', null, 'fr', 'demand')).toEqual({ language: 'en', note: 'no "fr" template for demand (the default language); used English' });
    });

    it('uses English with no note when nothing names a language', () => {
      expect(chooseLanguage('message', null, '', 'notice-1')).toEqual({ language: 'en', note: null });
    });
  });

  describe('for a call script or an internal note', () => {
    it('writes in the clerk\'s default language and names the customer\'s when it differs', () => {
      expect(chooseLanguage('call', 'pl', 'en', 'due-call')).toEqual({ language: 'en', note: 'call script in English, the default language; the customer\'s language is Polish' });
      expect(chooseLanguage('call', 'ru', 'ru', 'due-call')).toEqual({ language: 'ru', note: null });
      expect(chooseLanguage('note', 'pl', 'ru', 'legal')).toEqual({ language: 'ru', note: null });
    });

    it('falls back to English when the default language has no templates', () => {
      expect(chooseLanguage('note', null, 'de', 'legal')).toEqual({ language: 'en', note: 'no "de" internal note for legal; used English (the default language has no templates)' });
    });
  });
});
