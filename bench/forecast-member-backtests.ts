/**
 * The candidate members' back-test forecasts on the peer series (bench/forecast-peers-sets.ts), made
 * once at every month from each series' first origin with the production back-test and cached in
 * .cache/bench/ (`--refit` makes them again): corridor's univariate models but the seasonal naive,
 * the same on the data's own scale (`-level`), on the whole history up to the origin as R fits them
 * (`-full`), and ETS without a trend or with a damped trend. Shared by the benches that replay rules
 * on them (forecast-combination-rules, forecast-meta-weights).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEtsModel, forecastModels, type ForecastModel } from '@corridor/forecast';
import { runBacktest } from '../src/analysis/forecast/backtest.js';
import { loadModels, registerModels, type RegisteredModel } from '../src/analysis/forecast/registry.js';
import type { PeerData } from './forecast-peers-data.js';
import { MIN_HISTORY } from './forecast-peers-sets.js';

/** Per series: model id -> origin -> point forecasts for horizons 1-12. */
export type Means = Record<string, Record<string, number[]>>;

/** A model fitted on the data's own scale even when the window says logs. */
function levelScale(model: ForecastModel, id: string): ForecastModel {
  return { id, minLength: model.minLength, fit: (y, o) => model.fit(y, { ...o, log: false }) };
}

export async function loadMemberForecasts(peers: PeerData): Promise<{ cached: Means[]; members: RegisteredModel[]; fullMembers: RegisteredModel[] }> {
  const { series, allOrigins, seriesCsv } = peers;
  // Candidate members, back-tested once (cached by the series and the members' ids).
  const base = (await loadModels({ exclude: ['combination'] })).filter((r) => r.model.id !== 'snaive');
  const extra = registerModels([levelScale(forecastModels.ets, 'ets-level'), levelScale(forecastModels.theta, 'theta-level'), levelScale(base.find((r) => r.model.id === 'arima')!.model, 'arima-level')]);
  const members = [...base, ...extra];
  const fullMembers = members.filter((m) => m.model.id !== 'arima-level');
  const cacheFile = join('.cache', 'bench', `combination-rules-${createHash('sha256').update(seriesCsv).update(members.map((m) => `${m.model.id}@${m.version}`).join() + 'full').digest('hex').slice(0, 12)}.json`);
  let cached: Means[];
  if (existsSync(cacheFile) && !process.argv.includes('--refit')) cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
  else {
    cached = series.map(({ s: x }, i) => {
      const bt = runBacktest(x, members, { firstOrigin: allOrigins[i][0], minTrain: MIN_HISTORY });
      // The same members on the whole history up to the origin (no window, no level adjustment), as R fits them.
      const full = runBacktest(x, fullMembers, { firstOrigin: allOrigins[i][0], minTrain: MIN_HISTORY, minHistory: 1e6, minAdjust: 1e6 });
      const means = (b: typeof bt, suffix: string) => [...b.forecasts].filter(([id]) => id !== 'default').map(([id, list]) => [id + suffix, Object.fromEntries(list.map((f) => [f.origin, f.mean]))]);
      return Object.fromEntries([...means(bt, ''), ...means(full, '-full')]);
    });
    mkdirSync(join('.cache', 'bench'), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cached));
  }
  // More candidates, cached apart: ETS without a trend and ETS with a damped trend (logs, on the window).
  const renamed = (model: ForecastModel, id: string): ForecastModel => ({ id, minLength: model.minLength, fit: model.fit });
  const more = registerModels([renamed(createEtsModel({ model: 'ZNZ' }), 'ets-notrend'), renamed(createEtsModel({ damped: true }), 'ets-damped')]);
  const moreFile = join('.cache', 'bench', `combination-rules-more-${createHash('sha256').update(seriesCsv).digest('hex').slice(0, 12)}.json`);
  let moreMeans: Means[];
  if (existsSync(moreFile) && !process.argv.includes('--refit')) moreMeans = JSON.parse(readFileSync(moreFile, 'utf8'));
  else {
    moreMeans = series.map(({ s: x }, i) => {
      const bt = runBacktest(x, more, { firstOrigin: allOrigins[i][0], minTrain: MIN_HISTORY });
      return Object.fromEntries([...bt.forecasts].filter(([id]) => id !== 'default').map(([id, list]) => [id, Object.fromEntries(list.map((f) => [f.origin, f.mean]))]));
    });
    writeFileSync(moreFile, JSON.stringify(moreMeans));
  }
  cached.forEach((m, i) => Object.assign(m, moreMeans[i]));
  return { cached, members, fullMembers };
}

/**
 * Per series: model id -> origin -> means of `members`, each back-tested alone with the production
 * back-test at every month from the series' first origin (as above) and cached apart in
 * .cache/bench/`prefix`-<id>-<hash of the series, the id and the version>.json, so that members can
 * be added, and back-tested in parallel processes, one at a time. `only` limits which members are
 * back-tested when not cached (the others are left out of the result).
 */
export function cachedMemberMeans(peers: PeerData, members: readonly RegisteredModel[], prefix: string, only?: readonly string[]): Means[] {
  const { series, allOrigins, seriesCsv } = peers;
  const out: Means[] = series.map(() => ({}));
  for (const member of members) {
    const id = member.model.id;
    const file = join('.cache', 'bench', `${prefix}-${id}-${createHash('sha256').update(seriesCsv).update(`${id}@${member.version}`).digest('hex').slice(0, 12)}.json`);
    let byS: Record<string, number[]>[];
    if (existsSync(file) && !process.argv.includes('--refit')) byS = JSON.parse(readFileSync(file, 'utf8'));
    else {
      if (only && !only.includes(id)) continue;
      const t0 = Date.now();
      byS = series.map(({ s: x }, i) => {
        const bt = runBacktest(x, [member], { firstOrigin: allOrigins[i][0], minTrain: MIN_HISTORY });
        return Object.fromEntries((bt.forecasts.get(id) ?? []).map((f) => [f.origin, f.mean]));
      });
      mkdirSync(join('.cache', 'bench'), { recursive: true });
      writeFileSync(file, JSON.stringify(byS));
      console.error(`back-tested ${id}: ${((Date.now() - t0) / 1000).toFixed(1)} s wall`);
    }
    byS.forEach((m, i) => (out[i][id] = m));
  }
  return out;
}
