/**
 * @module
 * Answers a series request for the API: checks the measure, source and vintage
 * against the store, has the store layer build and run the request, bounds the
 * size of the answer, and labels each row's keys in the requested language.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dimension } from '../../model/index.js';
import type { SeriesRequest } from '../../store/query/plan.js';
import { showPeriod } from '../../store/query/periods.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesResult } from '../../store/query/series.js';
import { NotFoundError, ResultTooLargeError } from '../errors.js';
import type { Catalogue } from '../store/catalogue.js';
import { labelOf, type Lang } from '../store/labels.js';
import type { SeriesParams } from './params.js';
import { provenance, type Provenance } from './provenance.js';

export interface ApiSeriesRow {
  /** First day of the period. */
  period: string;
  /** The period as people write it: 2021-10, FY2022, 2022. */
  period_label: string;
  grain: string;
  keys: Partial<Record<Dimension, { code: string; label: string }>>;
  /** NULL when a publisher suppressed or left blank a cell that the figure sums. */
  value: number | null;
  complete: boolean;
  parts: number;
  expected_parts: number;
  source: string;
  dataset: string;
  vintage: number;
  rounding: number;
  /** A stock only: the first day of the sub-period its level is from (the last one reported in the period). */
  as_of?: string;
}

export interface SeriesAnswer {
  request: SeriesRequest;
  lang: Lang;
  /** How the request was read, in `lang`, when it is more than was asked (FY2023 at grain cy shows calendar 2022 and 2023). */
  notices: string[];
  rows: ApiSeriesRow[];
  provenance: Provenance;
  considered: SeriesResult['considered'];
}

/** Refuses, with a 404, a measure, source or vintage the store does not hold. */
export function checkKnown(catalogue: Catalogue, p: Pick<SeriesParams, 'measure' | 'source' | 'vintage'>): void {
  if (!catalogue.measures.has(p.measure)) throw new NotFoundError(`unknown measure "${p.measure}": /api/measures lists the measures`, `medida desconocida "${p.measure}": /api/measures lista las medidas`);
  if (p.source !== undefined && !catalogue.sources.has(p.source)) throw new NotFoundError(`unknown source "${p.source}": /api/sources lists the sources`, `fuente desconocida "${p.source}": /api/sources lista las fuentes`);
  if (p.vintage !== undefined && !catalogue.vintages.some((v) => v.id === p.vintage && v.source === p.source)) {
    throw new NotFoundError(`source "${p.source}" has no vintage ${p.vintage}: /api/sources lists its vintages`, `la fuente "${p.source}" no tiene la versión (vintage) ${p.vintage}: /api/sources lista sus versiones`);
  }
}

/** The rows of a series request from the store, bounded to `maxRows`: what every form of the answer is made of. */
export async function seriesResult(conn: DuckDBConnection, catalogue: Catalogue, p: SeriesParams, maxRows: number): Promise<SeriesResult> {
  checkKnown(catalogue, p);
  const request = await buildRequest(conn, { measure: p.measure, where: p.where, by: p.by, grain: p.grain, from: p.from, to: p.to, source: p.source, vintage: p.vintage });
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
  const result = await seriesResult(conn, catalogue, p, maxRows);
  // A long answer repeats a few periods and codes thousands of times: each label object
  // and period label is made once per answer and shared by its rows (the JSON is the
  // same), so a long answer allocates a fraction of what it did and the collector's
  // pauses stop stalling the other requests (bench/api-distinct.ts, issue 15).
  const keyOf = new Map<string, Map<string, { code: string; label: string }>>();
  const labelled = (dim: Dimension, code: string) => {
    let ofDim = keyOf.get(dim);
    if (!ofDim) keyOf.set(dim, (ofDim = new Map()));
    let key = ofDim.get(code);
    if (!key) ofDim.set(code, (key = { code, label: labelOf(catalogue.labels, dim, code, p.lang) }));
    return key;
  };
  const periodLabels = new Map<string, Map<string, string>>();
  const periodLabel = (period: string, grain: string) => {
    let ofGrain = periodLabels.get(grain);
    if (!ofGrain) periodLabels.set(grain, (ofGrain = new Map()));
    let label = ofGrain.get(period);
    if (label === undefined) ofGrain.set(period, (label = showPeriod(period, grain)));
    return label;
  };
  const rows = result.rows.map((r): ApiSeriesRow => {
    const keys: ApiSeriesRow['keys'] = {};
    for (const dim in r.keys) keys[dim as Dimension] = labelled(dim as Dimension, String(r.keys[dim as Dimension]));
    return {
      period: r.period,
      period_label: periodLabel(r.period, r.grain),
      grain: r.grain,
      keys,
      value: r.value,
      complete: r.complete,
      parts: r.parts,
      expected_parts: r.expectedParts,
      source: r.source,
      dataset: r.dataset,
      vintage: r.vintage,
      rounding: r.rounding,
      ...(r.asOf !== undefined ? { as_of: r.asOf } : {}),
    };
  });
  return { request: result.request, lang: p.lang, notices: noticesIn(result, p.lang), rows, provenance: provenance(catalogue, p.measure, p.lang, rows), considered: consideredIn(result, p.lang) };
}
