import { letterPage, type LetterParts } from './letterPage';

const parts: LetterParts = {
  language: 'pl', date: '30.11.2026', company: 'Dostawca <Sp. z o.o.>', sender: 'Anna & Co', replyTo: null,
  customer: 'Kowalski\r\n"Biuro"', customerContact: 'a@b.pl', subject: 'Wezwanie <pilne>', bodyHtml: '<p>Treść</p>',
};

describe('letterPage', () => {
  it('is one complete page, set up for printing on A4', () => {
    const html = letterPage(parts);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="pl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/@media print \{[^}]*\{[^}]*\}[^}]*\{[^}]*\}\s*\}/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every part it is given as text and inserts the body as built', () => {
    const html = letterPage(parts);
    expect(html).toContain('<title>Wezwanie &lt;pilne&gt;</title>');
    expect(html).toContain('<h1>Wezwanie &lt;pilne&gt;</h1>');
    expect(html).toContain('<div class="company">Dostawca &lt;Sp. z o.o.&gt;</div>');
    expect(html).toContain('<div>Anna &amp; Co</div>');
    expect(html).toContain('<strong>Kowalski<br>&quot;Biuro&quot;</strong>');
    expect(html).toContain('<p class="date">30.11.2026</p>');
    expect(html).toContain('\n<p>Treść</p>\n');
  });

  it('leaves out a reply address it does not have', () => {
    expect(letterPage(parts)).not.toMatch(/<div class="from">[^]*<div>\s*<\/div>/);
    expect(letterPage({ ...parts, replyTo: 'ar@dostawca.pl' })).toContain('<div>ar@dostawca.pl</div>');
  });
});
