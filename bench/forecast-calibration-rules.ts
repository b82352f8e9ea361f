/**
 * bench/forecast-calibration-rules: replays interval calibration rules on the default's
 * back-test forecasts of the peer series (forecast-peers-sets.ts) and prints the coverage of
 * the 80% and 95% bands each rule would have shown, series by series, on the three origin sets
 * of bench/forecast-peers.ts (issue 13: 80% coverage 75-85% on every set).
 *
 * The back-tests are run once (ETS, Theta and their combination, the default); each rule is
 * then replayed honestly: at every origin the bands come from the errors, and the coverage
 * feedback, of forecasts whose outcome was known there, exactly as calibrateAndSelect does.
 * The rules differ in the adaptive conformal step (gamma), in whether each horizon has its own
 * adaptive level (as in production) or one is shared by all horizons (pooled), and in how the
 * errors' quantiles weigh old errors against recent ones (half-life in months; none = every error alike).
 *
 *   CORRIDOR_DB=/tmp/x/corridor.duckdb npx tsx bench/forecast-calibration-rules.ts
 */
import { cpus, totalmem } from 'node:os';
import { DEFAULT_MODEL, MONOTONE_BANDS, runBacktest, shownIntervals, type OriginForecast, type SeriesBacktest } from '../src/analysis/forecast/backtest.js';
import { conformalQuantile, logRatioError, MIN_CALIBRATION, tailQuantile, type Calibration } from '../src/analysis/forecast/conformal.js';
import { AdaptiveLevels, ErrorSets, NORMAL_TAILS } from '../src/analysis/forecast/error-sets.js';
import { monthIndex } from '../src/analysis/forecast/months.js';
import { loadModels } from '../src/analysis/forecast/registry.js';
import { loadPeerData } from './forecast-peers-data.js';
import { MIN_HISTORY, ORIGIN_SETS } from './forecast-peers-sets.js';

const data = await loadPeerData({ needR: false });
const registered = (await loadModels()).filter((r) => ['ets', 'theta', 'combination'].includes(r.model.id));
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; models: ${registered.map((r) => r.model.id).join(', ')}`);
const t0 = performance.now();
const backtests: SeriesBacktest[] = data.series.map(({ s: x }, i) =>
  runBacktest(x, registered, { firstOrigin: data.allOrigins[i][0], lastOrigin: data.allOrigins[i].at(-1), minTrain: MIN_HISTORY }),
);
console.log(`back-tests: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

interface Rule {
  label: string;
  gamma: number;
  /** Half-life of an error's weight in months since its outcome; Infinity: every error alike. */
  halfLife: number;
  /** One adaptive level for all horizons, moved by every outcome at any horizon (step gamma / horizons). */
  pooled?: boolean;
  /** Bands never narrower at a longer horizon (widenBandWithHorizon in backtest.ts). */
  monotone?: boolean;
  /** Bands never narrower than the model's own interval (its upper bound kept below the ceiling). */
  unionOwn?: boolean;
  /** Quantiles beyond the errors seen by normal tails when the (adaptive) level asks for more than they give (tailQuantile in conformal.ts). */
  tail?: boolean;
}

/** The shown bands widened to contain the model's own intervals, upper bounds kept below the ceiling. */
function withOwn(f: OriginForecast, shown: OriginForecast['shown']): OriginForecast['shown'] {
  return shown.map((b) => {
    const own = f.intervals.find((iv) => iv.level === b.level);
    if (!own) return b;
    return { ...b, lower: b.lower.map((l, i) => Math.max(0, Math.min(l, own.lower[i]))), upper: b.upper.map((u, i) => Math.max(u, Math.min(own.upper[i], f.ceiling))) };
  });
}

/**
 * Adaptive conformal inference with one miscoverage rate per level shared by the horizons: a miss
 * at one month ahead widens the 12-month band at once, where per-horizon rates learn of a break at
 * 12 months only a year later.
 */
class PooledAdaptiveLevels {
  private readonly alpha = new Map<number, number>();
  constructor(
    readonly horizon: number,
    readonly levels: readonly number[],
    readonly gamma: number,
  ) {
    for (const l of levels) this.alpha.set(l, 1 - l / 100);
  }
  update(_h: number, level: number, missed: boolean): void {
    const a = this.alpha.get(level);
    if (a === undefined) return;
    const step = (this.gamma / this.horizon) * (1 - level / 100 - (missed ? 1 : 0));
    this.alpha.set(level, Math.min(0.5, Math.max(0.002, a + step)));
  }
  effective = (_h: number, level: number): number => 100 * (1 - (this.alpha.get(level) ?? 1 - level / 100));
}

/**
 * Weighted conformal quantile (Barber et al. 2023, non-exchangeable conformal prediction): the
 * smallest error whose cumulative weight reaches p of the total, the test point carrying weight 1.
 */
function weightedQuantile(errors: { e: number; w: number }[], p: number): number {
  const sorted = [...errors].sort((a, b) => a.e - b.e);
  const total = sorted.reduce((s, x) => s + x.w, 0) + 1;
  if (p >= 0.5) {
    let cum = 0;
    for (const x of sorted) {
      cum += x.w;
      if (cum >= p * total) return x.e;
    }
    return sorted.at(-1)!.e;
  }
  let cum = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    cum += sorted[i].w;
    if (cum >= (1 - p) * total) return sorted[i].e;
  }
  return sorted[0].e;
}

/** The calibration of errors weighted by age (only the all-origin quantiles; the after-break ones as ErrorSets gives them). */
function weightedCalibration(base: Calibration, errors: { h: number; e: number; t: number }[][], now: number, halfLife: number, levels: number[], effective: (h: number, level: number) => number): Calibration {
  return {
    ...base,
    all: base.all.map((c, i) => {
      if (!c) return c;
      const list = errors[i].map((x) => ({ e: x.e, w: Math.pow(0.5, (now - x.t) / halfLife) }));
      return {
        ...c,
        quantiles: levels.map((level) => {
          const used = effective(i + 1, level);
          return { level, lower: Math.min(0, weightedQuantile(list, (1 - used / 100) / 2)), upper: Math.max(0, weightedQuantile(list, (1 + used / 100) / 2)) };
        }),
      };
    }),
  };
}

/** The bands the rule shows at every origin of the default's back-test (the same walk as calibrateAndSelect). */
function replay(bt: SeriesBacktest, rule: Rule): Map<string, OriginForecast['shown']> {
  const y = bt.series.values;
  const start = monthIndex(bt.series.start);
  const list = bt.forecasts.get(DEFAULT_MODEL)!;
  const sets = new ErrorSets(bt.horizon);
  const adaptive = rule.pooled ? new PooledAdaptiveLevels(bt.horizon, bt.levels, rule.gamma) : new AdaptiveLevels(bt.horizon, bt.levels, rule.gamma);
  const errors: { h: number; e: number; t: number }[][] = Array.from({ length: bt.horizon }, () => []);
  const shown = new Map<string, OriginForecast['shown']>();
  const pending = new Map<number, { f: OriginForecast; h: number }[]>();
  for (const f of list) {
    const o = monthIndex(f.origin) - start;
    for (let h = 1; h <= bt.horizon && o + h < y.length; h++) pending.set(o + h, [...(pending.get(o + h) ?? []), { f, h }]);
  }
  let resolved = -1;
  for (const f of list) {
    const o = monthIndex(f.origin) - start;
    for (let t = resolved + 1; t <= o; t++) {
      for (const { f: g, h } of pending.get(t) ?? []) {
        const e = logRatioError(y[t], g.mean[h - 1], g.offset);
        sets.add(h, e, g.recent);
        errors[h - 1].push({ h, e, t });
        for (const s of shown.get(g.origin)!) adaptive.update(h, s.level, !(y[t] >= s.lower[h - 1] && y[t] <= s.upper[h - 1]));
      }
    }
    resolved = o;
    let cal = sets.calibration(bt.levels, MIN_CALIBRATION, adaptive.effective, rule.tail ? tailQuantile : conformalQuantile);
    if (Number.isFinite(rule.halfLife)) cal = weightedCalibration(cal, errors, o, rule.halfLife, bt.levels, adaptive.effective);
    const bands = shownIntervals(f, cal, bt.levels, { monotone: rule.monotone ?? false });
    shown.set(f.origin, rule.unionOwn ? withOwn(f, bands) : bands);
  }
  return shown;
}

/**
 * Winkler's interval score of a band on log(1 + y): its width plus 2 / (1 − level) times how far
 * outside it the outcome fell. On logs, so that series of any level weigh alike; lower is better.
 */
function logWinkler(y: number, lower: number, upper: number, level: number): number {
  const [l, u, v] = [Math.log1p(Math.max(0, lower)), Math.log1p(Math.max(0, upper)), Math.log1p(Math.max(0, y))];
  const penalty = (2 / (1 - level / 100)) * (v < l ? l - v : v > u ? v - u : 0);
  return u - l + penalty;
}

function coverage(bt: SeriesBacktest, shown: Map<string, OriginForecast['shown']>, origins: string[]): { c80: number; c95: number; w80: number; w95: number; n: number } {
  const y = bt.series.values;
  const start = monthIndex(bt.series.start);
  let hit80 = 0;
  let hit95 = 0;
  let w80 = 0;
  let w95 = 0;
  let n = 0;
  for (const origin of origins) {
    const bands = shown.get(origin);
    if (!bands) continue;
    const o = monthIndex(origin) - start;
    for (let h = 1; h <= bt.horizon && o + h < y.length; h++) {
      const inside = (level: number) => {
        const b = bands.find((s) => s.level === level)!;
        return y[o + h] >= b.lower[h - 1] && y[o + h] <= b.upper[h - 1];
      };
      if (inside(80)) hit80++;
      if (inside(95)) hit95++;
      const b80 = bands.find((s) => s.level === 80)!;
      const b95 = bands.find((s) => s.level === 95)!;
      w80 += logWinkler(y[o + h], b80.lower[h - 1], b80.upper[h - 1], 80);
      w95 += logWinkler(y[o + h], b95.lower[h - 1], b95.upper[h - 1], 95);
      n++;
    }
  }
  return { c80: hit80 / n, c95: hit95 / n, w80: w80 / n, w95: w95 / n, n };
}

const rules: Rule[] = [];
for (const gamma of [0.005, 0.01, 0.02, 0.03, 0.05]) for (const halfLife of [Infinity, 48, 24]) rules.push({ label: `gamma ${gamma}, half-life ${Number.isFinite(halfLife) ? halfLife : 'none'}`, gamma, halfLife });
for (const gamma of [0.02, 0.05, 0.1, 0.2]) rules.push({ label: `pooled over horizons, gamma ${gamma}`, gamma, halfLife: Infinity, pooled: true });
for (const gamma of [0.005, 0.01, 0.02, 0.03, 0.05]) rules.push({ label: `monotone in horizon, gamma ${gamma}`, gamma, halfLife: Infinity, monotone: true });
for (const gamma of [0.02, 0.05]) rules.push({ label: `monotone, and never narrower than the model's own, gamma ${gamma}`, gamma, halfLife: Infinity, monotone: true, unionOwn: true });
for (const gamma of [0.01, 0.02, 0.03]) rules.push({ label: `monotone, normal tails beyond the errors seen, gamma ${gamma}`, gamma, halfLife: Infinity, monotone: true, tail: true });

// Check: the replay of the production rule reproduces the bands the back-test showed.
const prod = rules.find((r) => r.gamma === 0.02 && !Number.isFinite(r.halfLife) && !r.pooled && (r.monotone ?? false) === MONOTONE_BANDS && !r.unionOwn && (r.tail ?? false) === NORMAL_TAILS)!;
for (const bt of backtests) {
  const again = replay(bt, prod);
  for (const f of bt.forecasts.get(DEFAULT_MODEL)!) {
    const a = again.get(f.origin)!;
    if (JSON.stringify(a.map((s) => [s.lower, s.upper])) !== JSON.stringify(f.shown.map((s) => [s.lower, s.upper]))) throw new Error(`the replay of the production rule differs from the back-test at ${bt.series.id} ${f.origin}`);
  }
}
console.log(`the replay of the production rule (gamma 0.02, no weighting${MONOTONE_BANDS ? ', monotone in horizon' : ''}${NORMAL_TAILS ? ', normal tails beyond the errors seen' : ''}) reproduces the back-test bands exactly`);

const rows: Record<string, string>[] = [];
for (const rule of rules) {
  const row: Record<string, string> = { rule: rule.label };
  const perSet: string[] = [];
  let worst = 0;
  for (const set of ORIGIN_SETS) {
    let hit80 = 0;
    let hit95 = 0;
    let w80 = 0;
    let w95 = 0;
    let n = 0;
    const cells: number[] = [];
    backtests.forEach((bt, i) => {
      const c = coverage(bt, replay(bt, rule), data.originSets[i][set.id]);
      if (!c.n) return;
      hit80 += c.c80 * c.n;
      hit95 += c.c95 * c.n;
      w80 += c.w80 * c.n;
      w95 += c.w95 * c.n;
      n += c.n;
      cells.push(c.c80);
      worst = Math.max(worst, Math.abs(c.c80 - 0.8));
    });
    const outside = cells.filter((c) => c < 0.75 || c > 0.85).length;
    perSet.push(`${(100 * hit80 / n).toFixed(1)}% / ${(100 * hit95 / n).toFixed(1)}% (${outside} out), W ${(w80 / n).toFixed(2)} / ${(w95 / n).toFixed(2)}`);
    row[set.label] = perSet.at(-1)!;
  }
  row['worst |80% cov − 80|'] = `${(100 * worst).toFixed(1)}`;
  rows.push(row);
}
console.log('\n80% / 95% coverage of the default on each set (all 10 series pooled); in brackets, series whose 80% coverage is outside 75-85%; W: mean Winkler score of the 80% / 95% bands on log(1 + y), lower is better');
console.table(rows);

console.log('\nper series, 80% coverage on the three sets:');
const detail: Record<string, string>[] = [];
for (const rule of rules.filter((r) => r === prod || (!r.pooled && !r.monotone && r.gamma === 0.05 && !Number.isFinite(r.halfLife)) || (r.pooled && r.gamma === 0.1) || (r.monotone && (r.gamma === 0.02 || r.unionOwn || r.tail)))) {
  data.series.forEach(({ label }, i) => {
    const shown = replay(backtests[i], rule);
    detail.push({ rule: rule.label, series: label, ...Object.fromEntries(ORIGIN_SETS.map((set) => [set.id, `${(100 * coverage(backtests[i], shown, data.originSets[i][set.id]).c80).toFixed(0)}%`])) });
  });
}
console.table(detail);
