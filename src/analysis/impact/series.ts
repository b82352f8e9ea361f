/**
 * Fetches one monthly series through the store's query engine (buildRequest, querySeries):
 * for each month the best source. Months the store lacks, months whose value is NULL and
 * months a source has only in part (row.complete false, e.g. a month of daily files with
 * days missing) become null: they are never fitted to nor compared, and they are listed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { UsageError } from '../../errors.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import { monthNumber, monthStart } from './months.js';
import type { MonthlySeries } from './types.js';

export interface SeriesAsk {
  measure: string;
  /** "DIMENSION=VALUE" filters, one value each: the estimate is about one series. */
  where: string[];
}

export async function fetchMonthly(conn: DuckDBConnection, ask: SeriesAsk): Promise<MonthlySeries> {
  const req = await buildRequest(conn, { measure: ask.measure, where: ask.where, grain: 'month' });
  for (const [dim, codes] of Object.entries(req.where ?? {})) {
    if ((codes ?? []).length > 1) throw new UsageError(
      `an impact estimate is about one series: give one value for ${dim}, not ${codes!.join(', ')}`,
      `una estimación de impacto trata de una sola serie: dé un valor para ${dim}, no ${codes!.join(', ')}`,
    );
  }
  const result = await querySeries(conn, req);
  if (result.rows.length === 0) {
    const refused = result.considered.filter((c) => !c.answer).slice(0, 3);
    const why = refused.map((c) => `${c.dataset}: ${c.reason}`).join('; ');
    const whyEs = refused.map((c) => `${c.dataset}: ${c.reason_es ?? `(en inglés) ${c.reason}`}`).join('; ');
    throw new UsageError(
      `no monthly figures for ${ask.measure} where ${ask.where.join(', ') || '(no filter)'}${why ? ` (${why})` : ''}`,
      `no hay cifras mensuales para ${ask.measure} con ${ask.where.join(', ') || '(sin filtro)'}${whyEs ? ` (${whyEs})` : ''}`,
    );
  }
  return toMonthly(result.rows);
}

/** Lays rows out month by month from the first to the last. */
export function toMonthly(rows: SeriesRow[]): MonthlySeries {
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const first = monthNumber(rows[0].period);
  const last = monthNumber(rows[rows.length - 1].period);
  const out: MonthlySeries = { periods: [], values: [], excluded: [], sourceOf: [] };
  for (let n = first; n <= last; n++) {
    const period = monthStart(n);
    const row = byPeriod.get(period);
    out.periods.push(period);
    const usable = row && row.complete && row.value !== null;
    out.values.push(usable ? Number(row.value) : null);
    out.sourceOf.push(row ? { source: row.source, dataset: row.dataset, vintage: row.vintage } : null);
    if (!usable) out.excluded.push({ period, reason: row && row.value !== null ? 'incomplete' : 'missing' });
  }
  return out;
}

/** The control laid out on the treated series' months (null where it has none). */
export function align(treated: MonthlySeries, control: MonthlySeries): MonthlySeries {
  const at = new Map(control.periods.map((p, i) => [p, i]));
  const pick = <T>(xs: T[], p: string) => (at.has(p) ? xs[at.get(p)!] : null);
  const why = new Map(control.excluded.map((e) => [e.period, e.reason]));
  const values = treated.periods.map((p) => pick(control.values, p));
  return {
    periods: treated.periods,
    values,
    excluded: treated.periods.filter((_, i) => values[i] === null).map((period) => ({ period, reason: why.get(period) ?? 'missing' })),
    sourceOf: treated.periods.map((p) => pick(control.sourceOf, p)),
  };
}
