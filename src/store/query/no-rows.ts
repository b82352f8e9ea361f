/**
 * Why a series request has no row, in English and Spanish, from what the planner said of
 * each table it considered (series.ts): the one reason shared by every table, or each
 * reason with how many tables gave it. Only when every table was refused for its grain
 * alone does it say that the measure is published at another grain, with the grains to
 * ask for: a measure published by month answers by calendar or fiscal year too, so a
 * request refused for another reason (a place none of its tables holds) must not be told
 * to change its grain.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QueryGrain } from './plan.js';
import { GRAIN_OK, GRAIN_REASON } from './plan.js';
import { queryCatalogue } from './catalogue.js';
import type { SeriesResult } from './row.js';
import { DIMENSIONS } from '../../model/index.js';
import { rows } from '../open.js';

export interface NoRowsReason {
  en: string;
  es: string;
}

const GRAIN_WORDS = {
  en: { month: 'month (--grain month)', fy: 'US fiscal year (--grain fy)', cy: 'calendar year (--grain cy)', day: 'day' } as Record<string, string>,
  es: { month: 'mes (--grain month)', fy: 'año fiscal de EE. UU. (--grain fy)', cy: 'año calendario (--grain cy)', day: 'día' } as Record<string, string>,
};

const QUERY_GRAINS: QueryGrain[] = ['month', 'fy', 'cy'];

/** The sentence to print when `result` has no row; undefined when it has rows or nothing was considered. */
export async function whyNoRows(conn: DuckDBConnection, result: SeriesResult): Promise<NoRowsReason | undefined> {
  if (result.rows.length > 0 || result.considered.length === 0) return undefined;
  const { measure } = result.request;
  const asked = result.request.grain ?? 'month';
  const refused = result.considered.filter((c) => !c.answer);
  const answering = result.considered.filter((c) => c.answer);
  if (answering.length > 0) {
    const apart = await breakdownsApart(conn, result.request.by ?? [], answering);
    if (apart) return apart;
    const n = answering.length;
    return {
      en: `No rows: ${n === 1 ? `one table of ${measure} can answer (${answering[0].dataset}) but holds` : `${n} tables of ${measure} can answer but hold`} no figure for this request in the periods asked.`,
      es: `Sin filas: ${n === 1 ? `una tabla de ${measure} puede responder (${answering[0].dataset}), pero no tiene` : `${n} tablas de ${measure} pueden responder, pero no tienen`} cifras para esta consulta en los periodos pedidos.`,
    };
  }
  if (refused.every((c) => c.reason?.startsWith(GRAIN_REASON))) {
    const tables = await (await queryCatalogue(conn)).datasets(measure, { source: result.request.source, vintage: result.request.vintage });
    const published = [...new Set(tables.map((t) => t.grain))].sort();
    const askable = QUERY_GRAINS.filter((q) => tables.some((t) => GRAIN_OK[q].includes(t.grain)));
    if (published.length > 0 && askable.length > 0) return wrongGrain(measure, published, askable, asked);
  }
  return refusedBy(measure, refused);
}

/**
 * Breakdowns asked together that the answering table publishes only one at a time: INM's
 * Mexicans received are by category (how they came back) or by demographic, never both, so
 * `by=category&by=demographic` has no row. Said with what to ask instead; before, only "holds
 * no figure for this request" (the Sources page's download of that table was empty).
 */
async function breakdownsApart(conn: DuckDBConnection, by: readonly string[], answering: SeriesResult['considered']): Promise<NoRowsReason | undefined> {
  const dims = by.filter((d) => d !== 'geography' && (DIMENSIONS as readonly string[]).includes(d));
  if (dims.length < 2 || answering.length !== 1) return undefined;
  const { dataset, vintage } = answering[0];
  const each = dims.map((d) => `count(*) FILTER (WHERE ${d} <> 'ALL') AS "${d}"`).join(', ');
  const [r] = await rows<Record<string, number>>(
    conn,
    `SELECT count(*) FILTER (WHERE ${dims.map((d) => `${d} <> 'ALL'`).join(' AND ')}) AS together, ${each}
       FROM observations WHERE dataset_id = ? AND vintage_id = ?`,
    [dataset, vintage],
  );
  if (!r || Number(r.together) > 0 || dims.some((d) => Number(r[d]) === 0)) return undefined;
  const ask = (or: string, api: boolean) => dims.map((d) => (api ? `by=${d}` : `--by ${d}`)).join(or);
  return {
    en: `No rows: ${dataset} breaks its figures down by ${dims.join(' and by ')} separately, never by ${dims.length === 2 ? 'both' : 'all of them'} at once: ask for one (${ask(' or ', false)}; in the API ${ask(' or ', true)}).`,
    es: `Sin filas: ${dataset} desglosa sus cifras por ${dims.join(' y por ')} por separado, nunca por ${dims.length === 2 ? 'ambos' : 'todos'} a la vez: pida uno (${ask(' o ', false)}; en la API ${ask(' o ', true)}).`,
  };
}

function wrongGrain(measure: string, published: string[], askable: string[], asked: string): NoRowsReason {
  const list = (lang: 'en' | 'es', grains: string[], and: string) => grains.map((g) => GRAIN_WORDS[lang][g] ?? g).join(and);
  const flags = (or: string) => askable.map((g) => `--grain ${g}`).join(or);
  return {
    en: `No rows: ${measure} is published by ${list('en', published, ' and ')}, not by ${GRAIN_WORDS.en[asked] ?? asked}: ask again with ${flags(' or ')}.`,
    es: `Sin filas: ${measure} se publica por ${list('es', published, ' y por ')}, no por ${GRAIN_WORDS.es[asked] ?? asked}: pregunte de nuevo con ${flags(' o ')}.`,
  };
}

/** Every table refused: the reason each gave, the commonest first. */
function refusedBy(measure: string, refused: SeriesResult['considered']): NoRowsReason {
  const groups = new Map<string, { en: string; es: string; n: number }>();
  for (const c of refused) {
    const en = c.reason ?? 'cannot answer';
    const g = groups.get(en) ?? { en, es: c.reason_es ?? en, n: 0 };
    g.n++;
    groups.set(en, g);
  }
  const list = [...groups.values()].sort((a, b) => b.n - a.n);
  const n = refused.length;
  if (n === 1) {
    return { en: `No rows: the only table of ${measure} (${refused[0].dataset}) cannot answer: it ${list[0].en}.`, es: `Sin filas: la única tabla de ${measure} (${refused[0].dataset}) no puede responder: ${list[0].es}.` };
  }
  if (list.length === 1) {
    return {
      en: `No rows: none of the ${n} tables of ${measure} can answer; each ${list[0].en}.`,
      es: `Sin filas: ninguna de las ${n} tablas de ${measure} puede responder; el motivo de todas: ${list[0].es}.`,
    };
  }
  return {
    en: `No rows: none of the ${n} tables of ${measure} can answer: ${list.map((g) => `${g.en} (${g.n} ${g.n === 1 ? 'table' : 'tables'})`).join('; ')}.`,
    es: `Sin filas: ninguna de las ${n} tablas de ${measure} puede responder: ${list.map((g) => `${g.es} (${g.n} ${g.n === 1 ? 'tabla' : 'tablas'})`).join('; ')}.`,
  };
}
