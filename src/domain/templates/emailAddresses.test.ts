import { isEmailAddress, parseEmailAddresses } from './emailAddresses';

describe('isEmailAddress', () => {
  it.each(['ap@acme.com', 'first.last+tag@mail.acme.co.uk', "o'brien@example.ie", 'бухгалтерия@пример.рф', 'a@b.io', 'x@xn--80ak6aa92e.com'])('accepts %p', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    '', 'ap', 'ap@', '@acme.com', 'ap@acme', 'ap@@acme.com', 'a b@acme.com', 'ap@acme..com', '.ap@acme.com', 'ap.@acme.com',
    'ap@-acme.com', 'ap@acme.c', 'ap@acme.123', 'ap@acme.com\r\nBcc: x@y.z', 'ap@acme.com,x@y.z', '"ap"@acme.com', 'ap@[127.0.0.1]',
    `${'a'.repeat(65)}@acme.com`,
  ])('rejects %p', (address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});

describe('parseEmailAddresses', () => {
  it('splits on ";", "," and line breaks, reads display names, drops duplicates', () => {
    expect(parseEmailAddresses(' ap@acme.com; Jo Bloggs <jo@acme.com>,\nAP@ACME.COM\r\nmailto:x@acme.com ;; ')).toEqual({
      addresses: ['ap@acme.com', 'jo@acme.com', 'x@acme.com'],
      invalid: [],
    });
  });

  it('returns the parts that are not addresses as written', () => {
    expect(parseEmailAddresses('ap@acme.com; call Jo; jo@')).toEqual({ addresses: ['ap@acme.com'], invalid: ['call Jo', 'jo@'] });
  });

  it('finds nothing in an empty cell', () => {
    expect(parseEmailAddresses('  ')).toEqual({ addresses: [], invalid: [] });
  });
});
