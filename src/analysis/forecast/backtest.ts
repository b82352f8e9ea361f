/**
 * Rolling-origin back-tests (Tashman 2000): at every monthly origin the series is cut
 * after that month, the training window is chosen on the data seen so far
 * (window.ts: breaks, level adjustment), every model is fitted and forecasts 1 to 12
 * months ahead, and the forecasts are compared with what happened.
 *
 * Everything a forecast at the origin would have shown is reproduced from the past
 * only: the conformal intervals use the errors of earlier forecasts whose outcome was
 * known by the origin, and the "default" is the model selectModel picks on those same
 * earlier forecasts (the combination, which the package's univariate models never replace).
 */
import type { Forecast, ForecastModel } from '@corridor/forecast';
import { bandCeiling, boundBands, keepApart, nestBands, type Band } from './bands.js';
import { addIndependentError, applyBounds, calibratedBounds, logRatioError, ratioOffset, widenInterval, type Calibration, type IntervalMethod, type LevelQuantiles } from './conformal.js';
import { combinationName, combinationWeights, combineForecasts, weightsFor, type CombinationModel, type Weights } from './combination.js';
import { AdaptiveLevels, ErrorSets } from './error-sets.js';
import { maseScale, summarise, type AccuracySummary, type ScoredPoint } from './metrics.js';
import { addMonths, monthIndex } from './months.js';
import { MODEL_IDS, type RegisteredModel } from './registry.js';
import type { MonthlySeries } from './series.js';
import { trainingWindow, type TrainingWindow, type WindowOptions } from './window.js';

export const PERIOD = 12;
export const DEFAULT_MODEL = 'default';
/** Scored forecasts a model needs before the online selection may prefer it. */
export const MIN_SELECTION = 24;
/** Preference when no model has enough back-test history (first present wins). */
export const FALLBACK_ORDER = ['combination', 'ets', 'theta', 'arima', 'mstl', 'snaive'];
/** How much lower (relative) another model's back-test MASE must be to replace the fallback. */
export const SELECTION_MARGIN = 0.1;
/**
 * Models that never replace the combination, whatever their back-test MASE: the package's
 * univariate models, which the combination is made of or back-tested beside. Picking the
 * lowest back-test MASE among them (with the margin) made the default worse than the
 * combination alone on every origin set of bench/forecast-peers.ts (e.g. geometric mean of
 * MASE / R's best 1.027 against 1.015, 2016-2025 every 6 months): a member ahead on past
 * origins is not ahead on the next ones. Models with other information (the corridor
 * upstream, opt-in) may still replace it by the margin.
 */
export const NEVER_SELECTED_OVER_COMBINATION: readonly string[] = MODEL_IDS;

export interface BacktestOptions extends WindowOptions {
  horizon?: number;
  levels?: number[];
  /** First origin (last month of training data), 'YYYY-MM'. */
  firstOrigin?: string;
  /** Last origin; default the month before the last. */
  lastOrigin?: string;
  /** Months of data needed before the first origin (default 24). */
  minTrain?: number;
  /** Keep in-sample residuals of forecasts at origins from this month on (for MinT). */
  residualsFrom?: string;
}

export interface OriginForecast {
  model: string;
  origin: string;
  /** The fitted form, e.g. "ETS(M,Ad,M)". */
  form: string;
  mean: number[];
  /** The model's own intervals. */
  intervals: { level: number; lower: number[]; upper: number[] }[];
  /** The intervals shown at the origin: conformal where calibrated, else the model's. */
  shown: { level: number; lower: number[]; upper: number[]; method: IntervalMethod[] }[];
  /** MASE denominator of the data up to the origin; offset of the log-ratio errors. */
  scale: number;
  offset: number;
  /** Upper bounds shown stay below this (bands.ts: a multiple of the highest month up to the origin). */
  ceiling: number;
  /** The origin was right after a break. */
  recent: boolean;
  /** For the default: the model it selected. */
  selected?: string;
  /** For a combination: the members' weights, learnt from the errors known at the origin (undefined: the median). */
  weights?: Weights;
  /** In-sample one-step residuals over the training window (when kept). */
  residuals?: number[];
}

export interface SeriesBacktest {
  series: MonthlySeries;
  horizon: number;
  levels: number[];
  origins: string[];
  models: { id: string; version: string }[];
  /** By model id (and 'default'), one per origin where the model could forecast. */
  forecasts: Map<string, OriginForecast[]>;
  failures: { model: string; origin: string; message: string }[];
  /** Training windows by origin. */
  windows: Map<string, Pick<TrainingWindow, 'from' | 'to' | 'startsAt' | 'recentBreak' | 'adjustments' | 'log'>>;
  /** By model: the calibration after every outcome of the back-test (for forecasting after it). */
  calibrations: Map<string, Calibration>;
}

function finiteForecast(f: Forecast, h: number): boolean {
  return f.mean.length >= h && f.mean.every(Number.isFinite) && f.intervals.every((iv) => iv.lower.every(Number.isFinite) && iv.upper.every(Number.isFinite));
}

/** Fits every model at every origin. */
export function runBacktest(series: MonthlySeries, registered: readonly RegisteredModel[], opts: BacktestOptions = {}): SeriesBacktest {
  const horizon = opts.horizon ?? 12;
  const levels = opts.levels ?? [80, 95];
  const y = series.values;
  const startIdx = monthIndex(series.start);
  const minTrain = opts.minTrain ?? 24;
  const first = Math.max(minTrain - 1, opts.firstOrigin ? monthIndex(opts.firstOrigin) - startIdx : 0);
  const last = Math.min(y.length - 2, opts.lastOrigin ? monthIndex(opts.lastOrigin) - startIdx : Infinity);
  const residualsFrom = opts.residualsFrom ? monthIndex(opts.residualsFrom) - startIdx : Infinity;
  const forecasts = new Map<string, OriginForecast[]>();
  const failures: SeriesBacktest['failures'] = [];
  const windows: SeriesBacktest['windows'] = new Map();
  const origins: string[] = [];
  const base = registered.filter((r) => !('members' in r.model));
  const pendingCombinations: PendingCombinations = new Map();
  const combos = registered.filter((r) => 'members' in r.model);
  for (let o = first; o <= last; o++) {
    const origin = addMonths(series.start, o);
    origins.push(origin);
    const data = y.slice(0, o + 1);
    const window = trainingWindow(series.start, data, opts);
    windows.set(origin, { from: window.from, to: window.to, startsAt: window.startsAt, recentBreak: window.recentBreak, adjustments: window.adjustments, log: window.log });
    const common = { origin, scale: maseScale(data, PERIOD), offset: ratioOffset(data), ceiling: bandCeiling(data), recent: window.recentBreak !== undefined, shown: [] };
    const keep = o >= residualsFrom;
    const fittedHere = new Map<string, { forecast: Forecast; form: string; residuals?: number[] }>();
    for (const { model } of base) {
      const result = fitAndForecast(model, window, horizon, levels, keep);
      if ('error' in result) {
        if (result.error) failures.push({ model: model.id, origin, message: result.error });
        continue;
      }
      fittedHere.set(model.id, result);
      push(forecasts, model.id, { model: model.id, form: result.form, mean: result.forecast.mean, intervals: result.forecast.intervals, residuals: result.residuals, ...common });
    }
    for (const { model } of combos) {
      const members = (model as CombinationModel).members.filter((m) => fittedHere.has(m.id)).map((m) => ({ id: m.id, ...fittedHere.get(m.id)! }));
      if (members.length === 0) continue;
      // Combined in calibrateAndSelect, when the errors known at this origin give the weights.
      const f: OriginForecast = { model: model.id, form: '', mean: [], intervals: [], ...common };
      pendingCombinations.set(f, { members, keep });
      push(forecasts, model.id, f);
    }
  }
  const result: SeriesBacktest = {
    series,
    horizon,
    levels,
    origins,
    models: registered.map((r) => ({ id: r.model.id, version: r.version })),
    forecasts,
    failures,
    windows,
    calibrations: new Map(),
  };
  calibrateAndSelect(result, pendingCombinations);
  return result;
}

type PendingCombinations = Map<OriginForecast, { members: { id: string; forecast: Forecast; form: string; residuals?: number[] }[]; keep: boolean }>;

/** Fills a combination's forecast at its origin with the weights the errors known then give. */
function combineAtOrigin(f: OriginForecast, pending: PendingCombinations, score: (id: string) => { sum: number; n: number } | undefined): void {
  const p = pending.get(f);
  if (!p) return;
  const ids = p.members.map((m) => m.id);
  f.weights = combinationWeights(ids, score);
  const w = weightsFor(ids, f.weights);
  const combined = combineForecasts(p.members.map((m) => m.forecast), w);
  f.mean = combined.mean;
  f.intervals = combined.intervals;
  f.form = combinationName(p.members.map((m) => m.form), w);
  if (p.keep && p.members.every((m) => m.residuals)) {
    f.residuals = p.members[0].residuals!.map((_, t) => (w ? p.members.reduce((a, m, k) => a + w[k] * m.residuals![t], 0) : medianOf(p.members.map((m) => m.residuals![t]))));
  }
  pending.delete(f);
}

function medianOf(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function push(map: Map<string, OriginForecast[]>, key: string, f: OriginForecast): void {
  const list = map.get(key) ?? [];
  list.push(f);
  map.set(key, list);
}

/** Fits one model on a training window; `error` is '' when the window is too short for it. */
export function fitAndForecast(
  model: ForecastModel,
  window: Pick<TrainingWindow, 'values' | 'log'> & { from?: string },
  horizon: number,
  levels: number[],
  keepResiduals = false,
): { forecast: Forecast; form: string; residuals?: number[]; fitted: number[]; parameters: Record<string, number> } | { error: string } {
  if (window.values.length < model.minLength(PERIOD)) return { error: '' };
  try {
    // `start` lets models with regressors align them with the window (ModelOptions.start).
    const fitted = model.fit(window.values, { period: PERIOD, log: window.log, ...(window.from ? { start: window.from } : {}) });
    const forecast = fitted.forecast(horizon, levels);
    if (!finiteForecast(forecast, horizon)) return { error: 'forecast is not finite' };
    return {
      forecast,
      form: fitted.name,
      fitted: fitted.fitted,
      parameters: fitted.parameters,
      residuals: keepResiduals ? window.values.map((v, t) => v - fitted.fitted[t]) : undefined,
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export interface ShownOptions {
  /** Conformal bounds never narrower, in log ratio, than at a shorter horizon (see widenBandWithHorizon). */
  monotone?: boolean;
  /**
   * Quantiles (log ratios, by level) of an error independent of the forecast's own that every
   * month ahead carries in full, e.g. that of the nowcast months a forecast starts from
   * (upstream/nowcast-bands.ts): added to each band in quadrature before nesting.
   */
  added?: readonly LevelQuantiles[];
}

/** Whether shown bands are made monotone in the horizon (an assumption; bench/forecast-calibration-rules.ts). */
export const MONOTONE_BANDS = true;

/**
 * A band made never narrower, as a log ratio to the forecast (offset c as in conformal.ts),
 * further ahead than nearer, over each run of calibrated horizons (in place): the running
 * minimum of the lower bounds' log ratios and maximum of the upper ones'. Quantiles taken
 * horizon by horizon from a few dozen errors can come out narrower 9 months ahead than 8,
 * which no series here justifies: what can have happened by month h can still be so at h + 1.
 * A lower bound at 0 was cut there (counts are never negative): as low as any, it keeps the
 * lower bounds after it at 0 (its log ratio, taken at 0, would come back above 0 where the
 * forecast is higher). Applied after nesting (a running envelope of nested bands stays nested;
 * nesting after it could push one horizon's wider band out past the next one's) and before
 * the ceiling. A horizon with the model's own interval starts afresh.
 */
function widenBandWithHorizon(mean: readonly number[], offset: number, band: Band & { method: IntervalMethod[] }): void {
  const ratio = (v: number, m: number) => Math.log((Math.max(0, v) + offset) / (Math.max(0, m) + offset));
  let low = Infinity;
  let high = -Infinity;
  mean.forEach((m, i) => {
    if (band.method[i] === 'model') {
      low = Infinity;
      high = -Infinity;
      return;
    }
    low = Math.min(low, band.lower[i] > 0 ? ratio(band.lower[i], m) : -Infinity);
    high = Math.max(high, ratio(band.upper[i], m));
    const iv = applyBounds(m, offset, { lower: low, upper: high });
    band.lower[i] = Math.min(band.lower[i], iv.lower);
    band.upper[i] = Math.max(band.upper[i], iv.upper);
    if (!(band.lower[i] > 0)) low = -Infinity;
  });
}

/**
 * The interval shown for a forecast given the calibration known at its origin: conformal or the
 * model's, then nested, never narrower further ahead (MONOTONE_BANDS) and bounded (bands.ts).
 */
export function shownIntervals(f: Pick<OriginForecast, 'mean' | 'intervals' | 'offset' | 'recent' | 'ceiling'>, cal: Calibration | undefined, levels: number[], opts: ShownOptions = {}): OriginForecast['shown'] {
  const monotone = opts.monotone ?? MONOTONE_BANDS;
  const shown = levels.map((level) => {
    const own = f.intervals.find((iv) => iv.level === level);
    const out = { level, lower: [] as number[], upper: [] as number[], method: [] as IntervalMethod[] };
    const added = opts.added?.find((q) => q.level === level);
    const withAdded = (mean: number, iv: { lower: number; upper: number }) => {
      if (!added) return iv;
      const ratio = (v: number) => logRatioError(v, mean, f.offset);
      return applyBounds(mean, f.offset, addIndependentError({ lower: ratio(iv.lower), upper: ratio(iv.upper) }, added));
    };
    f.mean.forEach((mean, i) => {
      const b = cal ? calibratedBounds(cal, i + 1, level, f.recent) : undefined;
      if (b) {
        const iv = withAdded(mean, applyBounds(mean, f.offset, b));
        out.lower.push(iv.lower);
        out.upper.push(iv.upper);
        out.method.push(b.method);
      } else {
        const lower = own ? own.lower[i] : mean;
        const upper = own ? own.upper[i] : mean;
        const iv = withAdded(mean, f.recent && cal ? widenInterval(mean, lower, upper, cal.widening) : { lower: Math.max(0, lower), upper });
        out.lower.push(iv.lower);
        out.upper.push(iv.upper);
        out.method.push('model');
      }
    });
    return out;
  });
  nestBands(f.mean, shown);
  if (monotone) {
    for (const band of shown) widenBandWithHorizon(f.mean, f.offset, band);
    keepApart(shown);
  }
  boundBands(f.mean, shown, f.ceiling);
  return shown;
}

/**
 * Walks the origins in order: fills each forecast's shown intervals from the errors
 * known at its origin, and adds the online-selected 'default' forecasts.
 */
function calibrateAndSelect(bt: SeriesBacktest, pendingCombinations: PendingCombinations = new Map()): void {
  const y = bt.series.values;
  const startIdx = monthIndex(bt.series.start);
  const ids = [...bt.forecasts.keys()];
  const sets = new Map(ids.map((id) => [id, new ErrorSets(bt.horizon)]));
  const adaptive = new Map(ids.map((id) => [id, new AdaptiveLevels(bt.horizon, bt.levels)]));
  const scaled = new Map(ids.map((id) => [id, { sum: 0, n: 0 }]));
  const byOrigin = new Map(ids.map((id) => [id, new Map(bt.forecasts.get(id)!.map((f) => [f.origin, f]))]));
  // pending[t] = forecasts whose target month index t becomes known at origin t
  const pending = new Map<number, { id: string; f: OriginForecast; h: number }[]>();
  for (const id of ids) {
    for (const f of bt.forecasts.get(id)!) {
      const o = monthIndex(f.origin) - startIdx;
      for (let h = 1; h <= bt.horizon && o + h < y.length; h++) {
        const list = pending.get(o + h) ?? [];
        list.push({ id, f, h });
        pending.set(o + h, list);
      }
    }
  }
  const resolve = (t: number) => {
    for (const { id, f, h } of pending.get(t) ?? []) {
      sets.get(id)!.add(h, logRatioError(y[t], f.mean[h - 1], f.offset), f.recent);
      for (const s of f.shown) adaptive.get(id)!.update(h, s.level, !(y[t] >= s.lower[h - 1] && y[t] <= s.upper[h - 1]));
      const sc = scaled.get(id)!;
      sc.sum += Math.abs(y[t] - f.mean[h - 1]) / f.scale;
      sc.n++;
    }
  };
  const calibrationOf = (id: string) => sets.get(id)!.calibration(bt.levels, undefined, adaptive.get(id)!.effective);
  const defaults: OriginForecast[] = [];
  let resolvedUpTo = -1;
  for (const origin of bt.origins) {
    const o = monthIndex(origin) - startIdx;
    for (let t = resolvedUpTo + 1; t <= o; t++) resolve(t);
    resolvedUpTo = o;
    for (const id of ids) {
      const f = byOrigin.get(id)!.get(origin);
      if (f) combineAtOrigin(f, pendingCombinations, (m) => scaled.get(m));
    }
    for (const id of ids) {
      const f = byOrigin.get(id)!.get(origin);
      if (f) f.shown = shownIntervals(f, calibrationOf(id), bt.levels);
    }
    const chosen = selectModel(
      ids.filter((id) => byOrigin.get(id)!.has(origin)),
      (id) => scaled.get(id)!,
    );
    if (chosen) defaults.push({ ...byOrigin.get(chosen)!.get(origin)!, model: DEFAULT_MODEL, selected: chosen });
  }
  for (let t = resolvedUpTo + 1; t < y.length; t++) resolve(t);
  for (const id of ids) bt.calibrations.set(id, calibrationOf(id));
  if (defaults.length) {
    bt.forecasts.set(DEFAULT_MODEL, defaults);
    // The default's calibration: the errors and coverage feedback of the forecasts it showed.
    const sets = new ErrorSets(bt.horizon);
    const adaptive = new AdaptiveLevels(bt.horizon, bt.levels);
    for (const f of defaults) {
      const o = monthIndex(f.origin) - startIdx;
      for (let h = 1; h <= bt.horizon && o + h < y.length; h++) {
        sets.add(h, logRatioError(y[o + h], f.mean[h - 1], f.offset), f.recent);
        for (const s of f.shown) adaptive.update(h, s.level, !(y[o + h] >= s.lower[h - 1] && y[o + h] <= s.upper[h - 1]));
      }
    }
    bt.calibrations.set(DEFAULT_MODEL, sets.calibration(bt.levels, undefined, adaptive.effective));
  }
}

/**
 * The first of FALLBACK_ORDER available (the combination), unless a model that may replace
 * it (not NEVER_SELECTED_OVER_COMBINATION) has a mean scaled error lower by SELECTION_MARGIN,
 * with at least MIN_SELECTION scored forecasts: choosing among close back-test scores mostly
 * selects noise, and the combination is the robust choice (Makridakis et al. 2020). Without
 * the combination, the lowest of all by the same margin. With too few scored forecasts, the fallback.
 */
export function selectModel(available: readonly string[], score: (id: string) => { sum: number; n: number }): string | undefined {
  const fallback = FALLBACK_ORDER.find((id) => available.includes(id)) ?? available[0];
  const competing = fallback === 'combination' ? available.filter((id) => id === fallback || !NEVER_SELECTED_OVER_COMBINATION.includes(id)) : available;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const id of competing) {
    const s = score(id);
    if (s.n < MIN_SELECTION) continue;
    const v = s.sum / s.n;
    if (v < bestScore) {
      bestScore = v;
      best = id;
    }
  }
  if (!best || !fallback) return best ?? fallback;
  const f = score(fallback);
  if (f.n >= MIN_SELECTION && bestScore > (1 - SELECTION_MARGIN) * (f.sum / f.n)) return fallback;
  return best;
}

export interface ModelScore {
  model: string;
  /** The model's version; for 'default', the versions of the models it selected from. */
  version: string;
  origins: number;
  overall: AccuracySummary;
  /** By horizon (index h − 1). */
  byHorizon: AccuracySummary[];
  /** Coverage of the models' own (uncalibrated) intervals. */
  ownCoverage80: number;
  ownCoverage95: number;
}

/** Accuracy of every model over every scored (origin, horizon), with the intervals shown. */
export function scoreBacktest(bt: SeriesBacktest, filter: (f: OriginForecast) => boolean = () => true): ModelScore[] {
  const y = bt.series.values;
  const startIdx = monthIndex(bt.series.start);
  const versions = new Map(bt.models.map((m) => [m.id, m.version]));
  const out: ModelScore[] = [];
  for (const [id, list] of bt.forecasts) {
    const points: ScoredPoint[][] = Array.from({ length: bt.horizon }, () => []);
    const own: ScoredPoint[] = [];
    let origins = 0;
    for (const f of list) {
      if (!filter(f)) continue;
      origins++;
      const o = monthIndex(f.origin) - startIdx;
      for (let h = 1; h <= bt.horizon && o + h < y.length; h++) {
        const at = (ivs: { level: number; lower: number[]; upper: number[] }[]) =>
          Object.fromEntries(ivs.map((iv) => [iv.level, { lower: iv.lower[h - 1], upper: iv.upper[h - 1] }]));
        const p = { actual: y[o + h], mean: f.mean[h - 1], scale: f.scale };
        points[h - 1].push({ ...p, intervals: at(f.shown) });
        own.push({ ...p, intervals: at(f.intervals) });
      }
    }
    const ownSummary = summarise(own);
    out.push({
      model: id,
      version: id === DEFAULT_MODEL ? [...versions.entries()].map(([m, v]) => `${m}@${v}`).join(',') : versions.get(id) ?? '',
      origins,
      overall: summarise(points.flat()),
      byHorizon: points.map(summarise),
      ownCoverage80: ownSummary.coverage80,
      ownCoverage95: ownSummary.coverage95,
    });
  }
  return out;
}

/** The calibration of each model after the whole back-test (for forecasting after it). */
export function finalCalibration(bt: SeriesBacktest): Map<string, Calibration> {
  return bt.calibrations;
}

/** The model selected after the whole back-test (what a forecast now would use). */
export function selectedModel(bt: SeriesBacktest): string | undefined {
  const scores = new Map(
    scoreBacktest(bt)
      .filter((s) => s.model !== DEFAULT_MODEL)
      .map((s) => [s.model, { sum: s.overall.mase * s.overall.n, n: s.overall.n }]),
  );
  return selectModel([...scores.keys()], (id) => scores.get(id) ?? { sum: 0, n: 0 });
}
