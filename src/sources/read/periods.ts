/**
 * Periods as the store keeps them: the first day ('YYYY-MM-DD') plus a grain.
 * US fiscal year N runs from 1 October of N-1 to 30 September of N.
 */
import { InputError, shown, type Location } from '../../errors.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

export const pad2 = (n: number) => String(n).padStart(2, '0');

/** First day of a calendar month. */
export function monthStart(year: number, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

/** First day of fiscal year `fy` (1 October of fy-1). */
export function fyStart(fy: number): string {
  return `${fy - 1}-10-01`;
}

/** Calendar month 1-12 from "OCT", "October", "01 October", "10", with an error naming the cell otherwise. */
export function parseMonth(text: string | number | null | undefined, at: Location): number {
  if (typeof text === 'number' && Number.isInteger(text) && text >= 1 && text <= 12) return text;
  const t = String(text ?? '').trim().toUpperCase().replace(/^\d{2}\s+/, '');
  const abbrev = MONTHS.indexOf(t.slice(0, 3));
  if (abbrev >= 0 && (t.length === 3 || MONTH_NAMES[abbrev] === t)) return abbrev + 1;
  if (/^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 12) return Number(t);
  throw new InputError(at, 'a month name ("OCT", "October") or number 1-12', shown(text), 'not a month');
}

/** First day of a month given in fiscal terms: fiscal year `fy`, calendar month 1-12. */
export function fiscalMonthStart(fy: number, month: number): string {
  return monthStart(month >= 10 ? fy - 1 : fy, month);
}

/** A fiscal or calendar year written as "2021", "FY2021", "FY 2021" or "2025 (FYTD)". */
export function parseYear(text: string | number | null | undefined, at: Location): number {
  if (typeof text === 'number' && Number.isInteger(text) && text >= 1900 && text <= 2100) return text;
  const m = String(text ?? '').trim().match(/^(?:FY\s*)?(\d{4})(?:\s*\(FYTD\))?$/i);
  if (!m) throw new InputError(at, 'a year such as "2021" or "FY2021"', shown(text), 'not a year');
  return Number(m[1]);
}

/** The fiscal year a month belongs to. */
export function fiscalYearOf(period: string): number {
  const [y, m] = period.split('-').map(Number);
  return m >= 10 ? y + 1 : y;
}
