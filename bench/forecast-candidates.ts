/**
 * What bench/forecast-temporal and bench/forecast-bagging share: candidate models back-tested on
 * the series and origin sets of bench/forecast-peers.ts with the production back-test (training
 * windows, breaks, every month from a series' first origin; a combination learns its 1/MASE²
 * weights online exactly as the default does), scored against R's best method (R's cached
 * results). Prints, per model and origin set, the geometric mean over the series of MASE / R's
 * best method's MASE, the number of series at or below 0.9, the 80% and 95% coverage of the
 * bands shown, and the time taken; `--series` adds the ratios series by series.
 */
import { runBacktest, type OriginForecast } from '../src/analysis/forecast/backtest.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import type { RegisteredModel } from '../src/analysis/forecast/registry.js';
import { maseAt, rBestMase, scoredOrigins, type PeerData } from './forecast-peers-data.js';
import { MIN_HISTORY, ORIGIN_SETS } from './forecast-peers-sets.js';

export function scoreCandidates(peers: PeerData, models: readonly RegisteredModel[]): void {
  const { series, allOrigins } = peers;
  const ids = models.map((m) => m.model.id);
  type Row = { mase: number[]; cover80: [number, number]; cover95: [number, number] };
  const table = new Map<string, Record<string, Row>>(ids.map((id) => [id, Object.fromEntries(ORIGIN_SETS.map((s) => [s.id, { mase: [], cover80: [0, 0], cover95: [0, 0] }]))]));
  const t0 = performance.now();
  for (const [i, { label, s: x }] of series.entries()) {
    const t = performance.now();
    const bt = runBacktest(x, models, { firstOrigin: allOrigins[i][0], lastOrigin: allOrigins[i].at(-1), minTrain: MIN_HISTORY });
    const start = monthIndex(x.start);
    for (const id of ids) {
      const byOrigin = new Map<string, OriginForecast>((bt.forecasts.get(id) ?? []).map((f) => [f.origin, f]));
      for (const set of ORIGIN_SETS) {
        const origins = scoredOrigins(peers, i, set.id);
        if (origins.length < 3) continue;
        const row = table.get(id)![set.id];
        row.mase[i] = maseAt(x, origins, (o) => byOrigin.get(o)?.mean) / rBestMase(peers, x, origins);
        for (const o of origins) {
          const f = byOrigin.get(o);
          if (!f) continue;
          const oi = monthIndex(o) - start;
          for (const band of f.shown) {
            const c = band.level === 80 ? row.cover80 : band.level === 95 ? row.cover95 : undefined;
            if (!c) continue;
            band.lower.forEach((lo, k) => {
              const y = x.values[oi + k + 1];
              if (y === undefined) return;
              c[1]++;
              if (y >= lo && y <= band.upper[k]) c[0]++;
            });
          }
        }
      }
    }
    console.error(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const gm = (v: number[]) => {
    const f = v.filter(Number.isFinite);
    return Math.exp(f.reduce((a, b) => a + Math.log(b), 0) / f.length);
  };
  const pct = ([a, n]: [number, number]) => (n ? `${((100 * a) / n).toFixed(1)}%` : '-');
  console.log(`back-tests: ${((performance.now() - t0) / 1000).toFixed(1)} s wall`);
  console.log('MASE / R best, geometric mean over the series; 80% / 95% coverage of the bands shown (origin sets of forecast-peers-sets.ts)');
  console.table(
    ids.map((id) => ({
      model: id,
      ...Object.fromEntries(ORIGIN_SETS.flatMap((s) => {
        const r = table.get(id)![s.id];
        return [[s.id, gm(r.mase).toFixed(3)], [`${s.id} <=0.9`, r.mase.filter((v) => v <= 0.9).length], [`${s.id} cover`, `${pct(r.cover80)} / ${pct(r.cover95)}`]];
      })),
    })),
  );
  if (process.argv.includes('--series')) {
    for (const id of ids) console.log(id.padEnd(16), ORIGIN_SETS.map((s) => table.get(id)![s.id].mase.map((v) => v.toFixed(3)).join(' ')).join(' | '));
  }
}
