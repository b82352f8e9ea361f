/**
 * The upstream models registered for a series (registry.ts, UPSTREAM_MODEL_IDS), each with
 * a version: the hash of its source files here and of the base models it uses.
 * - 'leading' for a US southwest border series of encounters, with LEADING_TERMS;
 * - 'nationality-bu' and 'nationality-mint' for the southwest border's total only (their
 *   parts add up to it), on the combination as base model.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sourcePath } from '../../../source-path.js';
import { sourceVersion, type RegisteredModel } from '../registry.js';
import type { MonthlySeries } from '../series.js';
import { leadingModel, type LeadTerm } from './leading.js';
import { loadNationalities, nationalityModel } from './nationality.js';
import { loadRegressors, type Regressor } from './regressors.js';

/**
 * The leading model's terms: UPM's presentados one month before the target month. Chosen by
 * bench/forecast-upstream.ts among Darién crossings at lags 0-3, presentados at 1-3 and every
 * pair, by MASE relative to the combination on the origins January 2020 to June 2022 only
 * (Darién's series starts in August 2020: too late to be scored on them).
 */
export const LEADING_TERMS: readonly { id: string; lag: number }[] = [{ id: 'mx-presentados', lag: 1 }];

const here = (f: string) => sourcePath(`./${f}`, import.meta.url);

export function leadingTerms(regressors: readonly Regressor[], terms = LEADING_TERMS): LeadTerm[] {
  return terms.map((t) => {
    const regressor = regressors.find((r) => r.source.id === t.id);
    if (!regressor) throw new Error(`leading: no regressor ${t.id} loaded`);
    return { regressor, lag: t.lag };
  });
}

export async function loadUpstreamModels(conn: DuckDBConnection, series: MonthlySeries, base: readonly RegisteredModel[], asOf?: string): Promise<RegisteredModel[]> {
  if (series.measure !== 'encounters' || series.keys.geography !== 'US-SWB') return [];
  const out: RegisteredModel[] = [];
  const regressors = await loadRegressors(conn, LEADING_TERMS.map((t) => t.id), asOf);
  out.push({ model: leadingModel({ terms: leadingTerms(regressors) }), version: sourceVersion(here('leading.ts'), here('ar1-regression.ts'), here('regressors.ts'), here('models.ts')) });
  const onlyGeography = Object.entries(series.keys).every(([k, v]) => k === 'geography' || v === undefined);
  const combination = base.find((r) => r.model.id === 'combination');
  if (onlyGeography && combination) {
    const nat = await loadNationalities(conn, asOf);
    const version = `${sourceVersion(here('nationality.ts'), here('models.ts'))}+${combination.version}`;
    out.push({ model: nationalityModel(nat, combination.model, 'bottom-up'), version });
    out.push({ model: nationalityModel(nat, combination.model, 'mint-shrink'), version });
  }
  return out;
}

/** Opt-in: with CORRIDOR_FORECAST_UPSTREAM=1, `corridor forecast` (and --backtest) also runs the upstream models. */
export const UPSTREAM_ENV = 'CORRIDOR_FORECAST_UPSTREAM';

export async function withUpstream(conn: DuckDBConnection, series: MonthlySeries, registered: readonly RegisteredModel[], asOf?: string): Promise<RegisteredModel[]> {
  if (process.env[UPSTREAM_ENV] !== '1') return [...registered];
  return [...registered, ...(await loadUpstreamModels(conn, series, registered, asOf))];
}
