import { DEFAULT_ESCALATION } from './ladder';
import { DEFAULT_DRAFTS, DEFAULT_POLICY, parsePolicy } from './policy';

describe('policy settings', () => {
  it('keeps the defaults for an empty policy', () => {
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  it('reads every documented setting', () => {
    const result = parsePolicy({
      aging: { basis: 'invoice-date', buckets: [15, 45] },
      defaultTermsDays: 14,
      defaultCurrency: 'pln',
      dateOrder: 'DMY',
      decimalSeparator: ',',
      columns: { invoice: 'Doc #', open: 'Left to pay' },
    });
    expect(result).toEqual({
      ok: true,
      policy: {
        aging: { basis: 'invoice-date', buckets: [15, 45] },
        defaultTermsDays: 14,
        defaultCurrency: 'PLN',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        columns: { invoice: 'Doc #', open: 'Left to pay' },
        escalation: DEFAULT_ESCALATION,
        drafts: DEFAULT_DRAFTS,
      },
    });
  });

  it('reads the sender settings of the drafts and checks addresses and ids', () => {
    const result = parsePolicy({
      drafts: {
        senderName: 'Anna Kowalska', company: 'Acme Supplies', paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874',
        replyTo: 'ar@acme.test', ccFormal: 'legal@acme.test', defaultLanguage: 'PL', demandDeadlineDays: 10, lateFee: '1.5% per month',
        graphClientId: '6f1d2c3a-8b4e-4f7a-9c2d-5e6f7a8b9c0d', attachStatement: 'yes',
      },
    });
    expect(result.ok && result.policy.drafts).toEqual({
      senderName: 'Anna Kowalska', company: 'Acme Supplies', paymentDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874',
      replyTo: 'ar@acme.test', ccAtTones: [{ tone: 'formal', address: 'legal@acme.test' }], defaultLanguage: 'pl', demandDeadlineDays: 10,
      lateFee: '1.5% per month', graphClientId: '6f1d2c3a-8b4e-4f7a-9c2d-5e6f7a8b9c0d', attachStatement: true,
    });
    const bad = parsePolicy({ drafts: { replyTo: 'ar at acme', graphClientId: 'my-app', defaultLanguage: 'Polish' } });
    expect(bad.ok ? [] : bad.errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual(['drafts.replyTo', 'drafts.defaultLanguage', 'drafts.graphClientId']);
  });

  it('reads an escalation ladder and the chasing rules', () => {
    const result = parsePolicy({
      escalation: {
        ladder: [
          { id: 'soft', name: 'Soft reminder', when: 3, channel: 'email', tone: 'friendly' },
          { id: 'hard', name: 'Hard reminder', when: 20, businessDays: true, minDaysAfterPrevious: 10, channel: 'call', tone: 'firm', repeatEveryDays: 14 },
        ],
        customerGapDays: 5,
        minimumAmount: '25.50',
        workingDays: 'mon-thu',
        holidays: ['2026-12-24'],
        holidayCountry: 'pl',
      },
    });
    expect(result.ok && result.policy.escalation).toEqual({
      ladder: [
        { id: 'soft', name: 'Soft reminder', offsetDays: 3, businessDays: false, minDaysAfterPrevious: 0, channel: 'email', tone: 'friendly', repeatEveryDays: null },
        { id: 'hard', name: 'Hard reminder', offsetDays: 20, businessDays: true, minDaysAfterPrevious: 10, channel: 'call', tone: 'firm', repeatEveryDays: 14 },
      ],
      customerGapDays: 5, minimumAmount: '25.50', workingDays: [1, 2, 3, 4], holidays: ['2026-12-24'], holidayCountry: 'PL',
    });
  });

  it('names each broken ladder field and cross-level rule', () => {
    const result = parsePolicy({
      escalation: {
        ladder: [
          { id: 'a', name: 'A', when: 10, channel: 'fax', tone: 'friendly', repeatEveryDays: 5 },
          { id: 'b', name: 'B', when: 'soon', channel: 'email', tone: 'rude' },
        ],
        workingDays: 'weekends',
      },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^escalation\.workingDays: working days: "weekends" is not a weekday/),
      expect.stringMatching(/^escalation\.ladder\[0\]\.channel: channel must be one of email, call, letter, task, got "fax"/),
      expect.stringMatching(/^escalation\.ladder\[1\]\.when: /),
      expect.stringMatching(/^escalation\.ladder\[1\]\.tone: /),
    ]);
    const order = parsePolicy({ escalation: { ladder: [
      { id: 'a', name: 'A', when: 10, channel: 'email', tone: 'firm', repeatEveryDays: 5 },
      { id: 'a', name: 'B', when: 5, channel: 'email', tone: 'firm' },
    ] } });
    expect(order.ok ? [] : order.errors).toEqual([
      'escalation.ladder[0]: only the last step can repeat ("a" is not last)',
      'escalation.ladder[1]: step id "a" is used twice',
      'escalation.ladder[1]: step "a" must come later than "a" (when 5 <= 10)',
    ]);
  });

  it('names every broken setting by its path', () => {
    const result = parsePolicy({ aging: { buckets: [30, 20] }, defaultTermsDays: -1, defaultCurrency: 'dollars', colums: {}, columns: { amout: 'x' } });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^aging\.buckets\[1\]: must be a whole number of days greater than 30/),
      expect.stringMatching(/^defaultTermsDays:/),
      expect.stringMatching(/^defaultCurrency:/),
      expect.stringMatching(/^colums: unknown setting/),
      expect.stringMatching(/^columns\.amout: unknown setting/),
    ]));
  });

  it('rejects a policy that is not an object', () => {
    expect(parsePolicy([1, 2])).toEqual({ ok: false, errors: ['the policy must be a JSON object'] });
  });
});
