/**
 * Monthly series for forecasting, taken from the store through the query engine
 * (the same precedence between sources as `corridor query`).
 *
 * Incomplete periods are handled explicitly, never as low values: months at the end
 * that are incomplete in their source (row.complete false: a month with days missing,
 * a published month to date) or blank (NULL) are left out of training and listed in
 * `droppedAtEnd`; an incomplete, blank or absent month inside the series cuts it, and
 * training starts after the last such month (`startsAfter`).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import type { Dimension } from '../../model/index.js';
import { buildRequest, type RawSeriesParams } from '../../store/query/request.js';
import { querySeries, type SeriesResult, type SeriesRow } from '../../store/query/series.js';
import { addMonths, monthIndex, monthLabel } from './months.js';

export interface MonthlySeries {
  /** Stable id: the measure and every filter, e.g. "encounters component=USBP geography=US-SWB". */
  id: string;
  measure: string;
  keys: Partial<Record<Dimension, string>>;
  /** First month of `values`, 'YYYY-MM'. */
  start: string;
  /** Complete, published, contiguous monthly values. */
  values: number[];
  /** The source that answered for each month. */
  sources: string[];
  /** The month before `start` that cut the series, and why. */
  startsAfter?: { period: string; reason: ExclusionReason };
  /** Months after the last value left out of training, and why. */
  droppedAtEnd: { period: string; reason: ExclusionReason }[];
}

export type ExclusionReason = 'incomplete' | 'blank' | 'absent';

export function seriesId(measure: string, keys: Partial<Record<string, string>>): string {
  const parts = Object.entries(keys)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`);
  return [measure, ...parts].join(' ');
}

/** Groups query rows by their keys and turns each group into a training series. */
export function seriesFromRows(measure: string, found: readonly SeriesRow[]): MonthlySeries[] {
  const groups = new Map<string, SeriesRow[]>();
  for (const r of found) {
    if (r.grain !== 'month') throw new Error(`forecasts need monthly rows, got ${r.grain}`);
    const id = seriesId(measure, r.keys);
    const list = groups.get(id) ?? [];
    list.push(r);
    groups.set(id, list);
  }
  return [...groups.entries()].map(([id, list]) => toSeries(id, measure, list));
}

function toSeries(id: string, measure: string, list: SeriesRow[]): MonthlySeries {
  const byMonth = new Map(list.map((r) => [monthIndex(r.period), r]));
  const months = [...byMonth.keys()].sort((a, b) => a - b);
  const first = months[0];
  let last = months[months.length - 1];
  const reasonAt = (m: number): ExclusionReason | undefined => {
    const r = byMonth.get(m);
    if (!r) return 'absent';
    if (!r.complete) return 'incomplete';
    if (r.value === null) return 'blank';
    return undefined;
  };
  const droppedAtEnd: MonthlySeries['droppedAtEnd'] = [];
  while (last >= first && reasonAt(last)) {
    droppedAtEnd.unshift({ period: monthLabel(last), reason: reasonAt(last)! });
    last--;
  }
  let begin = first;
  let startsAfter: MonthlySeries['startsAfter'];
  for (let m = last; m >= first; m--) {
    const reason = reasonAt(m);
    if (reason) {
      begin = m + 1;
      startsAfter = { period: monthLabel(m), reason };
      break;
    }
  }
  const values: number[] = [];
  const sources: string[] = [];
  for (let m = begin; m <= last; m++) {
    const r = byMonth.get(m)!;
    values.push(r.value as number);
    sources.push(r.source);
  }
  return { id, measure, keys: { ...list[0].keys }, start: monthLabel(begin), values, sources, startsAfter, droppedAtEnd };
}

export interface ExtractOptions {
  /** Forecast as if the data ended this month ('YYYY-MM'). */
  asOf?: string;
}

/** The monthly series a request names (one per combination of requested codes). */
export async function extractSeries(conn: DuckDBConnection, raw: RawSeriesParams, opts: ExtractOptions = {}): Promise<MonthlySeries[]> {
  if (raw.grain && raw.grain !== 'month') throw new UsageError(
    'forecasts are monthly: leave out --grain or use --grain month',
    'los pronósticos son mensuales: omita --grain o use --grain month',
  );
  const request = await buildRequest(conn, { ...raw, grain: 'month', to: opts.asOf ?? raw.to });
  const result = await querySeries(conn, request);
  const series = seriesFromRows(request.measure, result.rows).filter((s) => s.values.length > 0);
  if (series.length === 0) throw noMonthlyFigures(raw.measure, result.considered, {
    asOf: opts.asOf,
    see: { en: 'try "corridor query --explain" with the same options', es: 'pruebe "corridor query --explain" con las mismas opciones' },
  });
  if (opts.asOf) refuseAsOfAfterData(series, opts.asOf);
  return series;
}

/**
 * The error when a request names no monthly figures: what was asked, why each table the store
 * considered could not answer (the first three: e.g. which geography its figures are counted in),
 * and where to look further.
 */
export function noMonthlyFigures(measure: string, considered: SeriesResult['considered'], opts: { asOf?: string; see: { en: string; es: string } }): UsageError {
  const refused = considered.filter((c) => !c.answer && c.reason).slice(0, 3);
  const why = refused.map((c) => `${c.dataset}: ${c.reason}`).join('; ');
  const whyEs = refused.map((c) => `${c.dataset}: ${c.reason_es ?? `(en inglés) ${c.reason}`}`).join('; ');
  return new UsageError(
    `no monthly figures for ${measure} with these filters${opts.asOf ? ` up to ${opts.asOf}` : ''}${why ? ` (${why})` : ''}: ${opts.see.en}`,
    `no hay cifras mensuales para ${measure} con estos filtros${opts.asOf ? ` hasta ${opts.asOf}` : ''}${whyEs ? ` (${whyEs})` : ''}: ${opts.see.es}`,
  );
}

/** An as-of month after the last month of data would forecast "as if" from data that does not exist. */
export function refuseAsOfAfterData(series: Pick<MonthlySeries, 'start' | 'values'>[], asOf: string): void {
  const latest = series.map((s) => addMonths(s.start, s.values.length - 1)).sort().at(-1);
  if (latest !== undefined && asOf > latest) {
    throw new UsageError(
      `as-of ${asOf} is after the data: the latest month with figures is ${latest}; use a month up to ${latest}, or leave as-of out to forecast from it`,
      `as-of ${asOf} es posterior a los datos: el último mes con cifras es ${latest}; use un mes hasta ${latest}, u omita as-of para pronosticar desde él`,
    );
  }
}

/** The months a series covers: `start` and the `n` that follow. */
export function monthsOf(series: Pick<MonthlySeries, 'start' | 'values'>): string[] {
  return series.values.map((_, i) => addMonths(series.start, i));
}
