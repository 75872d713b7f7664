import Holidays from 'date-holidays';
import type { HolidaySource } from '../../app/holidaySource';
import { type LocalDate, parseIsoDate } from '../../domain/localDate';

/** Public holidays from the maintained date-holidays package (official days off only). */
export function dateHolidaysSource(): HolidaySource {
  return {
    async publicHolidays(country, years) {
      if (!(country in new Holidays().getCountries())) return null;
      const calendar = new Holidays(country);
      const days: LocalDate[] = [];
      for (const year of years) {
        for (const holiday of calendar.getHolidays(year)) {
          const day = holiday.type === 'public' ? parseIsoDate(holiday.date.slice(0, 10)) : null;
          if (day !== null) days.push(day);
        }
      }
      return days;
    },
  };
}
