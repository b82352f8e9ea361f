/**
 * Month arithmetic on period starts ('YYYY-MM-01', as the store keeps them): the impact
 * estimates index months by integers so that "six months later" is plain addition.
 */

/** 'YYYY-MM' or 'YYYY-MM-DD' → months since year 0. */
export function monthNumber(period: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(period);
  if (!m) throw new Error(`a month is YYYY-MM, not "${period}"`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Months since year 0 → 'YYYY-MM-01'. */
export function monthStart(n: number): string {
  const year = Math.floor(n / 12);
  return `${String(year).padStart(4, '0')}-${String(n - year * 12 + 1).padStart(2, '0')}-01`;
}

export function addMonths(period: string, months: number): string {
  return monthStart(monthNumber(period) + months);
}

/** 'YYYY-MM-01' → 'YYYY-MM', as months are shown. */
export function showMonth(period: string): string {
  return period.slice(0, 7);
}
