import { localDate, type LocalDate } from '../../domain/localDate';

/** Today on this computer's calendar: the default as-of date (the engine itself has no "today"). */
export function today(): LocalDate {
  const now = new Date();
  // A real calendar day always exists, so localDate cannot return null here.
  return localDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as LocalDate;
}
