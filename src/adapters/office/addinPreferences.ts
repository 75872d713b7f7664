import { FIELDS, type Field } from '../../domain/fields';
import { type LocalDate, formatIsoDate, parseIsoDate } from '../../domain/localDate';
import type { ExcelApi, ExcelSetting } from './excelApi';
import { type RunExcelOptions, runExcel } from './runExcel';

/**
 * Choices that belong to the add-in, not to the workbook's data, kept in `workbook.settings`
 * (saved inside the workbook, invisible in its sheets). The escalation settings are not here:
 * they live in the "Dunning settings" sheet, where the user can read and edit them.
 */
export interface AddinPreferenceValues {
  /** The as-of date last refreshed for, offered again next time. */
  readonly lastAsOf: LocalDate | null;
  /** Field -> header text, chosen in the mapping view; passed as the policy's `columns`. */
  readonly columnOverrides: Readonly<Partial<Record<Field, string>>>;
}

export type PreferenceKey = keyof AddinPreferenceValues;

const SETTING_KEYS: Readonly<Record<PreferenceKey, string>> = {
  lastAsOf: 'dunningDesk.lastAsOf',
  columnOverrides: 'dunningDesk.columnOverrides',
};

const DEFAULTS: AddinPreferenceValues = { lastAsOf: null, columnOverrides: {} };

/**
 * What a stored value means, or the default. Anything can be in a workbook (an older version,
 * another add-in, a hand edit), so a value that does not fit is ignored, never trusted.
 */
const readers: { readonly [K in PreferenceKey]: (stored: unknown) => AddinPreferenceValues[K] } = {
  lastAsOf: (stored) => (typeof stored === 'string' ? parseIsoDate(stored) : null),
  columnOverrides: (stored) => {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    const overrides: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const header = (stored as Record<string, unknown>)[field];
      if (typeof header === 'string' && header.trim() !== '') overrides[field] = header;
    }
    return overrides;
  },
};

/** JSON-safe forms: dates as YYYY-MM-DD text. */
const writers: { readonly [K in PreferenceKey]: (value: AddinPreferenceValues[K]) => unknown } = {
  lastAsOf: (value) => (value === null ? null : formatIsoDate(value)),
  columnOverrides: (value) => ({ ...value }),
};

const KEYS = Object.keys(SETTING_KEYS) as PreferenceKey[];

/**
 * A small typed store over `workbook.settings` (ExcelApi 1.4): `load` reads every preference in
 * one round trip, `get`/`set` work on the copy in memory, `saveAsync` writes what changed in one
 * more. Settings are saved with the workbook when the user saves it.
 */
export class AddinPreferences {
  private readonly dirty = new Set<PreferenceKey>();

  private constructor(
    private readonly excel: ExcelApi,
    private values: AddinPreferenceValues,
    private readonly options: RunExcelOptions,
  ) {}

  /** Defaults when this Excel has no workbook settings (before ExcelApi 1.4); `saveAsync` then keeps them in memory only. */
  static async load(excel: ExcelApi, options: RunExcelOptions = {}): Promise<AddinPreferences> {
    if (!excel.isSetSupported('ExcelApi', '1.4')) return new AddinPreferences(excel, DEFAULTS, options);
    const values = await runExcel(
      excel,
      async (context) => {
        const settings = new Map<PreferenceKey, ExcelSetting>();
        for (const key of KEYS) {
          const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS[key]);
          setting.load('value');
          settings.set(key, setting);
        }
        await context.sync();
        const read = (key: PreferenceKey) => {
          const setting = settings.get(key);
          return !setting || setting.isNullObject ? undefined : setting.value;
        };
        return { lastAsOf: readers.lastAsOf(read('lastAsOf')), columnOverrides: readers.columnOverrides(read('columnOverrides')) };
      },
      options,
    );
    return new AddinPreferences(excel, values, options);
  }

  get<K extends PreferenceKey>(key: K): AddinPreferenceValues[K] {
    return this.values[key];
  }

  /** Changes the copy in memory; `saveAsync` writes it to the workbook. */
  set<K extends PreferenceKey>(key: K, value: AddinPreferenceValues[K]): void {
    this.values = { ...this.values, [key]: value };
    this.dirty.add(key);
  }

  async saveAsync(): Promise<void> {
    if (this.dirty.size === 0 || !this.excel.isSetSupported('ExcelApi', '1.4')) return;
    const changed = [...this.dirty];
    await runExcel(
      this.excel,
      async (context) => {
        for (const key of changed) {
          // Typed per key by `writers`; the cast only joins the union back up.
          const stored = (writers[key] as (value: unknown) => unknown)(this.values[key]);
          context.workbook.settings.add(SETTING_KEYS[key], stored);
        }
        await context.sync();
      },
      this.options,
    );
    for (const key of changed) this.dirty.delete(key);
  }
}
