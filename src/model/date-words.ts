/**
 * Months and days in words, as a reader of either language expects them ("March 2021",
 * "marzo de 2021"; "18 March 2021", "18 de marzo de 2021"), for text written below the faces
 * (analysis notes, model cards, alerts). ISO dates stay in tables, files and parameters.
 */
import type { Bilingual, Lang } from './bilingual.js';

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** A month's name (1 = January). */
function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1];
}

/** 'YYYY-MM' (or the month of 'YYYY-MM-DD') in words: "October 2024", "octubre de 2024". */
export function monthWords(period: string): Bilingual {
  const y = period.slice(0, 4);
  const m = Number(period.slice(5, 7));
  return { en: `${monthName(m, 'en')} ${y}`, es: `${monthName(m, 'es')} de ${y}` };
}

/**
 * A period's first day in words in its grain: a month "June 2000" / "junio de 2000", a fiscal
 * year "FY2022" / "año fiscal 2022" (from October 2021), a calendar year "calendar year 2021" /
 * "año calendario 2021".
 */
export function periodWords(period: string, grain: 'month' | 'fy' | 'cy'): Bilingual {
  const y = Number(period.slice(0, 4));
  if (grain === 'month') return monthWords(period);
  if (grain === 'fy') {
    const fy = Number(period.slice(5, 7)) >= 10 ? y + 1 : y;
    return { en: `FY${fy}`, es: `año fiscal ${fy}` };
  }
  return { en: `calendar year ${y}`, es: `año calendario ${y}` };
}

/** 'YYYY-MM-DD' in words: "3 August 2021", "3 de agosto de 2021" ('YYYY-MM': the month's words). */
export function dayWords(date: string): Bilingual {
  if (date.length === 7) return monthWords(date);
  const d = Number(date.slice(8, 10));
  const month = monthWords(date);
  return { en: `${d} ${month.en}`, es: `${d} de ${month.es}` };
}

const dayOf = (date: string) => Number(date.slice(8, 10));

/**
 * A span of days in words, the year (and month) said once where both ends share it:
 * "25 May to 15 June 2026", "4 to 25 May 2026", "7 October 2024 to 18 May 2026"; in Spanish
 * with its preposition, as a sentence takes it: "del 25 de mayo al 15 de junio de 2026",
 * "del 4 al 25 de mayo de 2026", "del 7 de octubre de 2024 al 18 de mayo de 2026". One day:
 * "25 May 2026", "del 25 de mayo de 2026" ("la semana del ...").
 */
export function dayRangeWords(from: string, to: string): Bilingual {
  const b = dayWords(to);
  if (from === to) return { en: b.en, es: `del ${b.es}` };
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const m = Number(from.slice(5, 7));
  const a: Bilingual = sameMonth
    ? { en: `${dayOf(from)}`, es: `${dayOf(from)}` }
    : sameYear
      ? { en: `${dayOf(from)} ${monthName(m, 'en')}`, es: `${dayOf(from)} de ${monthName(m, 'es')}` }
      : dayWords(from);
  return { en: `${a.en} to ${b.en}`, es: `del ${a.es} al ${b.es}` };
}

/**
 * A span of months ('YYYY-MM') in words: "April to September 2021", "October 2024 to May 2026";
 * in Spanish with its preposition: "de abril a septiembre de 2021", "de octubre de 2024 a mayo
 * de 2026". One month: "April 2021", "de abril de 2021".
 */
export function monthRangeWords(from: string, to: string): Bilingual {
  const b = monthWords(to);
  if (from.slice(0, 7) === to.slice(0, 7)) return { en: b.en, es: `de ${b.es}` };
  const m = Number(from.slice(5, 7));
  const a: Bilingual = from.slice(0, 4) === to.slice(0, 4) ? { en: monthName(m, 'en'), es: monthName(m, 'es') } : monthWords(from);
  return { en: `${a.en} to ${b.en}`, es: `de ${a.es} a ${b.es}` };
}

/** The week beginning on a Monday ('YYYY-MM-DD'): "the week of 25 May 2026", "la semana del 25 de mayo de 2026". */
export function weekWords(monday: string): Bilingual {
  const d = dayWords(monday);
  return { en: `the week of ${d.en}`, es: `la semana del ${d.es}` };
}

/**
 * Weeks named by their first and last Mondays: "the weeks of 25 May to 15 June 2026", "las
 * semanas del 25 de mayo al 15 de junio de 2026"; one week: its weekWords.
 */
export function weeksWords(first: string, last: string): Bilingual {
  if (first === last) return weekWords(first);
  const r = dayRangeWords(first, last);
  return { en: `the weeks of ${r.en}`, es: `las semanas ${r.es}` };
}
