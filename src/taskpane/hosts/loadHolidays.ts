import type { HolidaySource } from '../../app/holidaySource';

/** date-holidays carries every country's calendar: fetched only when the settings name a country. */
export async function loadHolidays(): Promise<HolidaySource> {
  const { dateHolidaysSource } = await import(/* webpackChunkName: "holidays" */ '../../adapters/holidays/dateHolidaysSource');
  return dateHolidaysSource();
}
