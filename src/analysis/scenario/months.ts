/**
 * Month arithmetic for the scenario model, on 'YYYY-MM' strings (as scenario files and the
 * page write them) and on integer month numbers (months since year 0), so that "three
 * months later" is plain addition. Pure: the dashboard may run it.
 */

/** 'YYYY-MM' or 'YYYY-MM-DD' → months since year 0. */
export function monthIndex(month: string): number {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) throw new Error(`a month is YYYY-MM, not "${month}"`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Months since year 0 → 'YYYY-MM'. */
export function monthLabel(n: number): string {
  const year = Math.floor(n / 12);
  return `${String(year).padStart(4, '0')}-${String(n - year * 12 + 1).padStart(2, '0')}`;
}

/** Consecutive months from `first` to `last` inclusive ('YYYY-MM'). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let n = monthIndex(first); n <= monthIndex(last); n++) out.push(monthLabel(n));
  return out;
}

export function addMonth(month: string, k: number): string {
  return monthLabel(monthIndex(month) + k);
}

/**
 * Months ('YYYY-MM', any order) as runs of consecutive months: "2013-10 to 2019-06, 2019-08 to
 * 2025-08" (Spanish: "a"); at most `max` runs are named, then how many more.
 */
export function monthSpans(months: string[], lang: 'en' | 'es', max = 4): string {
  const sorted = [...new Set(months)].map(monthIndex).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  const to = lang === 'es' ? 'a' : 'to';
  const named = runs.slice(0, max).map(([a, b]) => (a === b ? monthLabel(a) : `${monthLabel(a)} ${to} ${monthLabel(b)}`));
  const more = runs.length - named.length;
  if (more > 0) named.push(lang === 'es' ? `y ${more} tramo(s) más` : `and ${more} more stretch(es)`);
  return named.join(', ');
}

/** Title 42 expulsions began on 21 March 2020: before that month there were none. */
export const TITLE42_FIRST_MONTH = '2020-03';
/** Title 42 ended on 11 May 2023: from the month after, the US sends people into Mexico under Title 8 only. */
export const TITLE42_LAST_MONTH = '2023-05';

/** Whether a month ('YYYY-MM') falls under Title 42 (March 2020 – May 2023). */
export function underTitle42(month: string): boolean {
  return monthIndex(month) >= monthIndex(TITLE42_FIRST_MONTH) && monthIndex(month) <= monthIndex(TITLE42_LAST_MONTH);
}
