/**
 * @module
 * Answers a series request for the API: checks the measure, source and vintage
 * against the store, has the store layer build and run the request, bounds the
 * size of the answer, and labels each row's keys in the requested language.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SeriesRequest } from '../../store/query/plan.js';
import { labelRows, type LabelledSeriesRow } from '../../analysis/export/series-table.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesResult } from '../../store/query/series.js';
import { measuresMeant, meantText } from '../../store/query/measure-meant.js';
import { NotFoundError, ResultTooLargeError } from '../errors.js';
import type { Catalogue } from '../store/catalogue.js';
import { labelOf, type Lang } from '../store/labels.js';
import type { SeriesParams } from './params.js';
import { provenance, type Provenance } from './provenance.js';

/** A row of the answer: the store's row with its period label and each key's code and label (shared with the CLI's CSV). */
export type ApiSeriesRow = LabelledSeriesRow;

export interface SeriesAnswer {
  request: SeriesRequest;
  lang: Lang;
  /** How the request was read, in `lang`, when it is more than was asked (FY2023 at grain cy shows calendar 2022 and 2023). */
  notices: string[];
  rows: ApiSeriesRow[];
  provenance: Provenance;
  considered: SeriesResult['considered'];
}

/** A 404 for a measure the store does not define, with those it may mean ("encuentros": "encounters"). */
export function unknownMeasure(catalogue: Catalogue, measure: string): NotFoundError {
  const meant = measuresMeant(measure, [...catalogue.measures.values()]);
  return new NotFoundError(
    `unknown measure "${measure}"${meantText(meant, 'en')}: /api/measures lists the measures`,
    `medida desconocida "${measure}"${meantText(meant, 'es')}: /api/measures lista las medidas`,
  );
}

/** Refuses, with a 404, a measure, source or vintage the store does not hold. */
export function checkKnown(catalogue: Catalogue, p: Pick<SeriesParams, 'measure' | 'source' | 'vintage'> & { dataset?: string }): void {
  if (!catalogue.measures.has(p.measure)) throw unknownMeasure(catalogue, p.measure);
  if (p.source !== undefined && !catalogue.sources.has(p.source)) throw new NotFoundError(`unknown source "${p.source}": /api/sources lists the sources`, `fuente desconocida "${p.source}": /api/sources lista las fuentes`);
  const source = p.source ?? p.dataset?.slice(0, p.dataset.indexOf('/'));
  if (p.vintage !== undefined && !catalogue.vintages.some((v) => v.id === p.vintage && v.source === source)) {
    throw new NotFoundError(`source "${source}" has no vintage ${p.vintage}: /api/sources lists its vintages`, `la fuente "${source}" no tiene la versión (vintage) ${p.vintage}: /api/sources lista sus versiones`);
  }
}

/** The rows of a series request from the store, bounded to `maxRows`: what every form of the answer is made of. */
export async function seriesResult(conn: DuckDBConnection, catalogue: Catalogue, p: SeriesParams, maxRows: number): Promise<SeriesResult> {
  checkKnown(catalogue, p);
  const request = await buildRequest(conn, { measure: p.measure, where: p.where, by: p.by, grain: p.grain, from: p.from, to: p.to, source: p.source, dataset: p.dataset, vintage: p.vintage });
  const result = await querySeries(conn, request);
  if (result.rows.length > maxRows) throw new ResultTooLargeError(result.rows.length, maxRows);
  return result;
}

/** The tables considered, with their reason (if any) in the requested language. */
export function consideredIn(result: SeriesResult, lang: Lang): SeriesAnswer['considered'] {
  return result.considered.map(({ reason, reason_es, ...c }) => ({ ...c, ...(reason ? { reason: lang === 'es' ? reason_es ?? reason : reason } : {}) }));
}

/** What the store says about how it read the request (periods.ts rangeNotices), in the requested language. */
export function noticesIn(result: SeriesResult, lang: Lang): string[] {
  return result.notices.map((n) => n[lang]);
}

/** The answer as objects (/api/export flattens them); /api/series writes the same answer as text (text.ts). */
export async function answerSeries(conn: DuckDBConnection, catalogue: Catalogue, p: SeriesParams, maxRows: number): Promise<SeriesAnswer> {
  return answerOf(await seriesResult(conn, catalogue, p, maxRows), catalogue, p);
}

/** The answer of the store's result: its rows labelled in `p.lang`, its provenance and what it considered. */
export function answerOf(result: SeriesResult, catalogue: Catalogue, p: SeriesParams): SeriesAnswer {
  const rows = labelRows(result.rows, (dim, code) => labelOf(catalogue.labels, dim, code, p.lang));
  return { request: result.request, lang: p.lang, notices: noticesIn(result, p.lang), rows, provenance: provenance(catalogue, p.measure, p.lang, rows), considered: consideredIn(result, p.lang) };
}
