/**
 * PODER writes dates as DD/MM/YYYY ("09/03/2022" is 9 March 2022).
 */
import { InputError, shown, type Location } from '../../errors.js';

/** 'YYYY-MM-DD' from "DD/MM/YYYY"; anything else, or a day the calendar lacks, is an error. */
export function parseDayMonthYear(text: string | null, at: Location): string {
  const t = (text ?? '').trim();
  const m = t.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : '';
  const d = new Date(`${iso}T00:00:00Z`);
  if (!m || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new InputError(at, 'a date DD/MM/YYYY', shown(text), 'not a date');
  }
  return iso;
}
