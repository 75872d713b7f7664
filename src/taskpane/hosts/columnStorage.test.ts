import { columnStorage, columnsFrom } from './columnStorage';

describe('column overrides in browser storage', () => {
  it('round-trips known fields', async () => {
    const items = new Map<string, string>();
    const store = columnStorage({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
    expect(await store.load()).toEqual({});
    await store.save({ invoice: 'Doc #', open: 'Left to pay' });
    expect(await store.load()).toEqual({ invoice: 'Doc #', open: 'Left to pay' });
  });

  it('drops what it cannot trust: broken JSON, unknown fields, empty or non-text headers', () => {
    expect(columnsFrom('{not json')).toEqual({});
    expect(columnsFrom('[1]')).toEqual({});
    expect(columnsFrom('{"invoice":"Doc #","colour":"red","customer":"","amount":5}')).toEqual({ invoice: 'Doc #' });
  });
});
