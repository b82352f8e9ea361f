/**
 * The corridor upstream as regressors of a US southwest border series: monthly series
 * from the store (through the query engine, so with its precedence between sources), each
 * with the delay after which a month of it is published.
 *
 * What a forecast made at an origin may use: the origin is the last month of the target
 * series published; the target's month m appears about TARGET_PUBLICATION_LAG months after
 * it, so the origin's "now" is that moment, and a regressor whose month r appears
 * `publicationLag` months after r is known through origin + TARGET_PUBLICATION_LAG −
 * publicationLag (`knownThrough`). Later months of a regressor are never read at that
 * origin, even when the store holds them. The lags are assumptions, stated here and in the
 * README (they are not in the publishers' files): change them in REGRESSOR_SOURCES.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual, Dimension } from '../../../model/index.js';
import { querySeries } from '../../../store/query/series.js';
import { addMonths, monthIndex } from '../months.js';
import { seriesFromRows, type MonthlySeries } from '../series.js';

/** CBP's monthly encounters appear in the middle of the following month. */
export const TARGET_PUBLICATION_LAG = 1;

export interface RegressorSource {
  id: string;
  label: Bilingual;
  measure: string;
  where: Partial<Record<Dimension, string[]>>;
  /** Assumption: months after the end of a month before its figure is published. */
  publicationLag: number;
  why: string;
}

export const REGRESSOR_SOURCES: readonly RegressorSource[] = [
  {
    id: 'darien',
    label: { en: 'Irregular crossings of the Darién (Panama)', es: 'Tránsitos irregulares por el Darién (Panamá)' },
    measure: 'darien-crossings',
    where: { geography: ['PA-DARIEN'] },
    publicationLag: 1,
    why: "Panama's SNM posts a month's Darién figures early in the following month (assumed as fast as CBP).",
  },
  {
    id: 'mx-presentados',
    label: { en: "Foreigners presented to Mexico's INM (UPM)", es: 'Eventos de extranjeros presentados ante el INM (UPM)' },
    measure: 'mx-presentados',
    where: { geography: ['MX'] },
    publicationLag: 2,
    why: "UPM's monthly bulletin of a month appears during the second month after it (assumed: one month later than CBP).",
  },
];

export interface Regressor {
  source: RegressorSource;
  series: MonthlySeries;
}

/** The last month of a regressor that a forecast made at `origin` may read. */
export function knownThrough(source: Pick<RegressorSource, 'publicationLag'>, origin: string): string {
  return addMonths(origin, TARGET_PUBLICATION_LAG - source.publicationLag);
}

/** The regressor's values by month index, only those published by the origin. */
export function valuesKnownAt(reg: Regressor, origin: string): Map<number, number> {
  const last = monthIndex(knownThrough(reg.source, origin));
  const start = monthIndex(reg.series.start);
  const out = new Map<number, number>();
  reg.series.values.forEach((v, i) => {
    if (start + i <= last) out.set(start + i, v);
  });
  return out;
}

/** Loads every regressor of REGRESSOR_SOURCES (or those named) from the store; `asOf` cuts the data. */
export async function loadRegressors(conn: DuckDBConnection, ids?: readonly string[], asOf?: string): Promise<Regressor[]> {
  const out: Regressor[] = [];
  for (const source of REGRESSOR_SOURCES.filter((s) => !ids || ids.includes(s.id))) {
    const result = await querySeries(conn, { measure: source.measure, where: source.where, grain: 'month', to: asOf ? `${asOf}-01` : undefined });
    const [series] = seriesFromRows(source.measure, result.rows).filter((s) => s.values.length > 0);
    if (!series) throw new Error(`regressor ${source.id}: the store has no monthly ${source.measure} for ${JSON.stringify(source.where)} (ingest the ${source.measure} sources)`);
    out.push({ source, series });
  }
  return out;
}
