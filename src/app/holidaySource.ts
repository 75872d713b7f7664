import type { LocalDate } from '../domain/localDate';

/** A country's public holidays, from whatever maintained calendar the host has. */
export interface HolidaySource {
  /** Public holidays of the ISO 3166 country in the given years; null for an unknown country. */
  publicHolidays(country: string, years: readonly number[]): LocalDate[] | null;
}
