import { parseMailbox } from './mailbox';

describe('parseMailbox', () => {
  it.each([
    ['ap@acme.example', null, 'ap@acme.example'],
    ['  AP.Team+dunning@Acme.Example  ', null, 'AP.Team+dunning@acme.example'],
    ['Acme Accounts <ap@acme.example>', 'Acme Accounts', 'ap@acme.example'],
    ['"Smith, Jones" <sj@law.example>', 'Smith, Jones', 'sj@law.example'],
    ['"A <b>" <x@y.example>', 'A <b>', 'x@y.example'],
    ['<ap@acme.example>', null, 'ap@acme.example'],
    ['Acme\r\nBcc: x@y.z <ap@acme.example>', 'Acme Bcc: x@y.z', 'ap@acme.example'],
    ['info@пример.рф', null, 'info@xn--e1afmkfd.xn--p1ai'],
  ])('reads %j', (entry, name, address) => {
    expect(parseMailbox(entry)).toEqual({ ok: true, mailbox: { name, address } });
  });

  it.each([
    ['', /empty/],
    ['a@x.example; b@y.example', /more than one/],
    ['a@x.example\r\nBcc: x@y.z', /cannot contain/],
    ['a@x.example>', /angle brackets/],
    ['.a@x.example', /characters/],
    ['a..b@x.example', /characters/],
    ['"quoted"@x.example', /characters/],
    ['a@x', /domain/],
    ['a@1.2.3.4', /domain/],
    ['a@[127.0.0.1]', /domain/],
    [`${'a'.repeat(65)}@x.example`, /64/],
    ['żółw@x.example', /non-English/],
  ])('refuses %j with a reason', (entry, reason) => {
    const result = parseMailbox(entry);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
