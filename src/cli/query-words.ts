/**
 * The words `corridor query` prints around a series (not the corridor view: corridor-words.ts),
 * in English or Spanish (--lang).
 */
import type { Lang } from './lang.js';

const GRAIN: Record<Lang, Record<string, string>> = {
  en: { month: 'month (--grain month)', fy: 'US fiscal year (--grain fy)', cy: 'calendar year (--grain cy)', day: 'day' },
  es: { month: 'mes (--grain month)', fy: 'año fiscal de EE. UU. (--grain fy)', cy: 'año calendario (--grain cy)', day: 'día' },
};

export interface QueryWords {
  partial(parts?: number, expected?: number): string;
  /** The commonest empty answer: a measure published by year asked for by month. */
  wrongGrain(measure: string, grains: string[], asked: string): string;
  considered: string;
  vintage: string;
  noRows: string;
}

const grainList = (lang: Lang, grains: string[], and: string) => grains.map((g) => GRAIN[lang][g] ?? g).join(and);

export const queryWords = (lang: Lang): QueryWords =>
  lang === 'es'
    ? {
        partial: (p, e) => (p !== undefined && e !== undefined ? `parcial ${p}/${e}` : 'parcial'),
        wrongGrain: (m, grains, asked) =>
          `Sin filas: ${m} se publica por ${grainList('es', grains, ' y por ')}, no por ${GRAIN.es[asked] ?? asked}: pregunte de nuevo con ${grains.map((g) => `--grain ${g}`).join(' o ')}.`,
        considered: 'Tablas consideradas:',
        vintage: 'versión',
        noRows: '(sin filas)',
      }
    : {
        partial: (p, e) => (p !== undefined && e !== undefined ? `partial ${p}/${e}` : 'partial'),
        wrongGrain: (m, grains, asked) =>
          `No rows: ${m} is published by ${grainList('en', grains, ' and ')}, not by ${GRAIN.en[asked] ?? asked}: ask again with ${grains.map((g) => `--grain ${g}`).join(' or ')}.`,
        considered: 'Tables considered:',
        vintage: 'vintage',
        noRows: '(no rows)',
      };
