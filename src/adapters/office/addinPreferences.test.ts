import { parseIsoDate } from '../../domain/localDate';
import { StrictExcel } from '../../../test/support/strictExcel';
import { AddinPreferences } from './addinPreferences';

describe('AddinPreferences', () => {
  it('starts from the defaults in a workbook that has none', async () => {
    const preferences = await AddinPreferences.load(new StrictExcel([{ name: 'S' }]));
    expect(preferences.get('lastAsOf')).toBeNull();
    expect(preferences.get('columnOverrides')).toEqual({});
  });

  it('saves what changed in the workbook settings, in one round trip, and reads it back', async () => {
    const excel = new StrictExcel([{ name: 'S' }]);
    const preferences = await AddinPreferences.load(excel);
    preferences.set('lastAsOf', parseIsoDate('2026-11-30'));
    preferences.set('columnOverrides', { invoice: 'Doc #', open: 'Left to pay' });
    const syncs = excel.stats.syncs;
    await preferences.saveAsync();
    expect(excel.stats.syncs - syncs).toBe(1);
    expect(Object.fromEntries(excel.settings())).toEqual({
      'dunningDesk.lastAsOf': '2026-11-30',
      'dunningDesk.columnOverrides': { invoice: 'Doc #', open: 'Left to pay' },
    });
    const again = await AddinPreferences.load(excel);
    expect(again.get('lastAsOf')).toBe(parseIsoDate('2026-11-30'));
    expect(again.get('columnOverrides')).toEqual({ invoice: 'Doc #', open: 'Left to pay' });
    // Loading took one round trip; saving with nothing changed takes none.
    await again.saveAsync();
    expect(excel.stats.syncs - syncs).toBe(2);
  });

  it('ignores stored values that do not fit, instead of trusting them', async () => {
    const excel = new StrictExcel([{ name: 'S' }]);
    excel.model.settings.set('dunningDesk.lastAsOf', '30.11.2026');
    excel.model.settings.set('dunningDesk.columnOverrides', { invoice: 42, customer: 'Client', constructor: 'x', open: ' ' });
    const preferences = await AddinPreferences.load(excel);
    expect(preferences.get('lastAsOf')).toBeNull();
    expect(preferences.get('columnOverrides')).toEqual({ customer: 'Client' });
  });

  it('keeps preferences in memory only where Excel has no workbook settings (before ExcelApi 1.4)', async () => {
    const excel = new StrictExcel([{ name: 'S' }], { apiVersion: '1.3' });
    const preferences = await AddinPreferences.load(excel);
    preferences.set('lastAsOf', parseIsoDate('2026-11-30'));
    await preferences.saveAsync();
    expect(preferences.get('lastAsOf')).toBe(parseIsoDate('2026-11-30'));
    expect(excel.stats.syncs).toBe(0);
  });
});
