import type { LocalDate } from '../domain/localDate';

/** A country's public holidays, from whatever maintained calendar the host has. */
export interface HolidaySource {
  /** Public holidays of the ISO 3166 country in the given years; null for an unknown country. */
  publicHolidays(country: string, years: readonly number[]): Promise<LocalDate[] | null>;
}

/**
 * A calendar loaded the first time a refresh asks for a country's holidays. Every country's
 * calendar is a large module (a tenth of a second to load in Node, a chunk of its own in the
 * pane), and most workbooks name no country.
 */
export function lazyHolidaySource(load: () => Promise<HolidaySource>): HolidaySource {
  let source: Promise<HolidaySource> | undefined;
  return {
    async publicHolidays(country, years) {
      source ??= load();
      return (await source).publicHolidays(country, years);
    },
  };
}
