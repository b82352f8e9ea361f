/**
 * The days of the IA-NAMI files: "DD/MM/YYYY" in the daily files, "05 oct. 2024" in the
 * list of caravans. A day that does not exist (31/02/2025) is an error, like text.
 */
import { InputError, shown, type Location } from '../../errors.js';
import { pad2 } from '../read/periods.js';

/** 'YYYY-MM-DD' for a real calendar day, undefined otherwise. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  const ok = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return ok && year >= 1900 ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
}

/** "01/10/2024" → '2024-10-01'. */
export function parseDay(text: string | null, at: Location): string {
  const m = (text ?? '').trim().match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  const day = m ? isoDay(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
  if (!day) throw new InputError(at, 'a date written DD/MM/YYYY (e.g. 01/10/2024)', shown(text), 'not a date');
  return day;
}

const SPANISH_MONTHS: Record<string, number> = {
  ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12,
};

/** "05  oct. 2024" (day, Spanish month abbreviation, year) → '2024-10-05'. */
export function parseSpanishDay(text: string | null, at: Location): string {
  const m = (text ?? '').trim().match(/^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/i);
  const month = m ? SPANISH_MONTHS[m[2].toLowerCase()] : undefined;
  const day = m && month ? isoDay(Number(m[3]), month, Number(m[1])) : undefined;
  if (!day) throw new InputError(at, 'a date written like "05 oct. 2024"', shown(text), 'not a date');
  return day;
}
