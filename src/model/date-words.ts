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

/** 'YYYY-MM-DD' in words: "3 August 2021", "3 de agosto de 2021" ('YYYY-MM': the month's words). */
export function dayWords(date: string): Bilingual {
  if (date.length === 7) return monthWords(date);
  const d = Number(date.slice(8, 10));
  const month = monthWords(date);
  return { en: `${d} ${month.en}`, es: `${d} de ${month.es}` };
}
