/**
 * Month arithmetic on 'YYYY-MM' labels: forecasts and back-tests index months by
 * integers (year × 12 + month − 1) so that "twelve months later" is plain addition.
 */

/** 'YYYY-MM' or 'YYYY-MM-DD' → months since year 0. */
export function monthIndex(period: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(period);
  if (!m) throw new Error(`a month is YYYY-MM, not "${period}"`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Months since year 0 → 'YYYY-MM'. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

export function addMonths(period: string, months: number): string {
  return monthLabel(monthIndex(period) + months);
}

/** Months from `a` to `b` (positive when b is later). */
export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}
