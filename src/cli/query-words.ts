/**
 * The words `corridor query` prints around a series (not the corridor view: corridor-words.ts),
 * in English or Spanish (--lang). Why an answer has no row is said by the store
 * (src/store/query/no-rows.ts).
 */
import type { Lang } from './lang.js';

export interface QueryWords {
  partial(parts?: number, expected?: number): string;
  considered: string;
  vintage: string;
  noRows: string;
}

export const queryWords = (lang: Lang): QueryWords =>
  lang === 'es'
    ? {
        partial: (p, e) => (p !== undefined && e !== undefined ? `parcial ${p}/${e}` : 'parcial'),
        considered: 'Tablas consideradas:',
        vintage: 'versión',
        noRows: '(sin filas)',
      }
    : {
        partial: (p, e) => (p !== undefined && e !== undefined ? `partial ${p}/${e}` : 'partial'),
        considered: 'Tables considered:',
        vintage: 'vintage',
        noRows: '(no rows)',
      };
