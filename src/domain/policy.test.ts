import { DEFAULT_POLICY, parsePolicy } from './policy';

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
      },
    });
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
