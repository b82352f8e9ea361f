/** Numbers, periods and units as each language writes them. */
import type { Grain, Lang } from './types';

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

/** An exact figure with its thousands separators; "–" for none. */
export function num(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits });
}

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

const MONTHS_LONG: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** A month ('2021-04') written out in the page's language: April 2021, abril de 2021. */
export function monthLong(month: string, lang: Lang): string {
  const name = MONTHS_LONG[lang][Number(month.slice(5, 7)) - 1];
  return lang === 'es' ? `${name} de ${month.slice(0, 4)}` : `${name} ${month.slice(0, 4)}`;
}

/**
 * A day ('2021-03-18') as people write it in the page's language: 18 Mar 2021, 18 mar 2021; a
 * month ('2021-03', or a day whose precision is the month) as Mar 2021, mar 2021. Before, the
 * timeline and the ledger printed the ISO date on the Spanish page as on the English one.
 */
export function dayText(date: string, lang: Lang, precision: 'day' | 'month' = date.length === 7 ? 'month' : 'day'): string {
  const month = `${MONTHS[lang][Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  return precision === 'month' ? month : `${Number(date.slice(8, 10))} ${month}`;
}

/** A period start ('2021-10-01') as people write it: Oct 2021, FY2022, 2022 (año fiscal 2022 in Spanish). */
export function periodText(period: string, grain: Grain | string, lang: Lang): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  if (grain === 'fy') return lang === 'es' ? `año fiscal ${y + 1}` : `FY${y + 1}`;
  if (grain === 'cy') return String(y);
  return `${MONTHS[lang][m - 1]} ${y}`;
}

/** Axis labels for fiscal years: FY2022 / AF2022. */
export function fyShort(period: string, lang: Lang): string {
  return `${lang === 'es' ? 'AF' : 'FY'}${Number(period.slice(0, 4)) + 1}`;
}

/** The first day of a period as a UTC date (the charts' time scale is UTC). */
export const dateOf = (period: string) => new Date(`${period.slice(0, 10)}T00:00:00Z`);

const UNITS: Record<string, string> = {
  events: 'eventos',
  people: 'personas',
  personnel: 'elementos',
  beds: 'camas',
  doses: 'dosis',
  agents: 'agentes',
  deaths: 'muertes',
  caravans: 'caravanas',
  'average daily population': 'población diaria promedio',
};

/** The store's unit ('events', 'people'...) in the reader's language. */
export function unitText(unit: string, lang: Lang): string {
  return lang === 'es' ? (UNITS[unit] ?? unit) : unit;
}

/**
 * How a row's completeness reads: "partial: 20 of 31 days" or nothing; a stock (a level, with
 * `as_of`) short of its period reads as the level of its day or month ("level on 3 August 2021").
 */
export function partialText(row: { complete: boolean; parts: number; expected_parts: number; grain: string; as_of?: string }, lang: Lang, days: boolean): string {
  if (row.complete) return '';
  if (row.as_of) {
    const when = days ? `${Number(row.as_of.slice(8, 10))} ${lang === 'es' ? 'de ' : ''}${monthLong(row.as_of, lang)}` : monthLong(row.as_of, lang);
    return lang === 'es' ? `nivel ${days ? 'al' : 'de'} ${when}` : `level ${days ? 'on' : 'of'} ${when}`;
  }
  // A period the table publishes whole but marks partial (OHSS's FY2024 "year to date"): no months to count.
  if (row.expected_parts <= 1) return lang === 'es' ? 'incompleto (el publicador lo marca parcial)' : 'partial (marked so by its publisher)';
  const what = days ? (lang === 'es' ? 'días' : 'days') : lang === 'es' ? 'meses' : 'months';
  return lang === 'es' ? `incompleto: ${row.parts} de ${row.expected_parts} ${what}` : `partial: ${row.parts} of ${row.expected_parts} ${what}`;
}

/**
 * Tick labels of a time axis in the reader's language (Plot's own are English): years
 * when every tick falls on 1 January, else the month with the year under the first
 * tick of each year, as Plot lays them out.
 */
export function timeTicks(lang: Lang): (d: Date, i: number, ticks?: Date[]) => string {
  // Plot passes every tick as the third argument (its text channel maps over them).
  return (d, i, ticks = [d]) => {
    const year = d.getUTCFullYear();
    if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return String(year);
    const month = MONTHS[lang][d.getUTCMonth()];
    const previous = ticks[i - 1];
    return previous && previous.getUTCFullYear() === year ? month : `${month}\n${year}`;
  };
}
