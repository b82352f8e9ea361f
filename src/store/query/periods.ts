/**
 * Turns the periods people type (2021-03, 2021, FY2021) into the period starts the
 * store keeps, in the grain of the request.
 */
import { UsageError } from '../../errors.js';
import type { QueryGrain } from './plan.js';

export function normalisePeriod(text: string, grain: QueryGrain, end: 'from' | 'to'): string {
  const t = text.trim().toUpperCase();
  const digits = t.match(/(\d{4})/)?.[1];
  if (digits !== undefined && (Number(digits) < 1900 || Number(digits) > 2100)) throw new UsageError(`"${text}" is outside the years corridor can hold (1900 to 2100)`, `"${text}" está fuera de los años que corridor puede guardar (1900 a 2100)`);
  let m = t.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new UsageError(`"${text}" is not a month: use YYYY-MM`, `"${text}" no es un mes: use AAAA-MM`);
    if (m[3] !== undefined && !isCalendarDay(year, month, Number(m[3]))) throw new UsageError(`"${text}" is not a date: ${m[1]}-${m[2]} has no day ${m[3]}`, `"${text}" no es una fecha: ${m[1]}-${m[2]} no tiene día ${m[3]}`);
    if (grain === 'month') return `${m[1]}-${m[2]}-01`;
    if (grain === 'cy') return `${year}-01-01`;
    return month >= 10 ? `${year}-10-01` : `${year - 1}-10-01`;
  }
  m = t.match(/^(FY|CY)?\s*(\d{4})$/);
  if (m) {
    const year = Number(m[2]);
    const fiscal = m[1] === 'FY' || (m[1] === undefined && grain === 'fy');
    if (grain === 'fy') return `${fiscal ? year - 1 : year}-10-01`;
    if (grain === 'cy') return `${year}-01-01`;
    if (fiscal) return end === 'from' ? `${year - 1}-10-01` : `${year}-09-01`;
    return end === 'from' ? `${year}-01-01` : `${year}-12-01`;
  }
  throw new UsageError(`"${text}" is not a period: use YYYY-MM, YYYY or FYYYYY`, `"${text}" no es un periodo: use AAAA-MM, AAAA o FYAAAA`);
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return day >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A period start shown as people write it: 2021-03, FY2021, 2021. */
export function showPeriod(period: string, grain: string): string {
  const [y, m] = period.split('-');
  if (grain === 'fy') return `FY${Number(y) + 1}`;
  if (grain === 'cy') return y;
  if (grain === 'month') return `${y}-${m}`;
  return period;
}
