import { FIELDS } from '../../domain/fields';
import type { ColumnOverrides, ColumnStore } from '../host';

const KEY = 'dunningDesk.columnOverrides';

/** Only known fields with header text: a value spoiled by hand or by an older version is dropped. */
export function columnsFrom(text: string | null): ColumnOverrides {
  if (text === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const overrides: ColumnOverrides = {};
  for (const field of FIELDS) {
    const header: unknown = (parsed as Record<string, unknown>)[field];
    if (typeof header === 'string' && header.trim() !== '') overrides[field] = header;
  }
  return overrides;
}

/** Standalone mode: overrides kept in the browser's storage (there is no workbook to keep them in). */
export function columnStorage(storage: Pick<Storage, 'getItem' | 'setItem'>): ColumnStore {
  return {
    load: async () => columnsFrom(storage.getItem(KEY)),
    save: async (columns) => storage.setItem(KEY, JSON.stringify(columns)),
  };
}
