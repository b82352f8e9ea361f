/**
 * The words `corridor query` prints around a series (not the corridor view: corridor-words.ts),
 * in English or Spanish (--lang). Why an answer has no row is said by the store
 * (src/store/query/no-rows.ts).
 */
import type { Lang } from './lang.js';

export interface QueryWords {
  /** A complete period, in the table's `complete` column. */
  yes: string;
  partial(parts?: number, expected?: number): string;
  /** A stock's level on a day (or of a month) short of the period's end: not a sum of the parts known. */
  levelOn(day: string, monthly: boolean): string;
  considered: string;
  vintage: string;
  noRows: string;
}

export const queryWords = (lang: Lang): QueryWords =>
  lang === 'es'
    ? {
        yes: 'sí',
        partial: (p, e) => (p !== undefined && e !== undefined ? `parcial ${p}/${e}` : 'parcial'),
        levelOn: (d, monthly) => (monthly ? `nivel de ${d.slice(0, 7)}` : `nivel al ${d}`),
        considered: 'Tablas consideradas:',
        vintage: 'versión',
        noRows: '(sin filas)',
      }
    : {
        yes: 'yes',
        partial: (p, e) => (p !== undefined && e !== undefined ? `partial ${p}/${e}` : 'partial'),
        levelOn: (d, monthly) => (monthly ? `level of ${d.slice(0, 7)}` : `level on ${d}`),
        considered: 'Tables considered:',
        vintage: 'vintage',
        noRows: '(no rows)',
      };
