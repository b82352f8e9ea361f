/**
 * A forecast of one monthly series with its model card: the model chosen by the
 * back-test, the training window and the breaks that set it, the back-test accuracy
 * of the chosen model and the coverage of its intervals.
 *
 * The model is the one the back-test selected (the combination, unless a model with other
 * information than the package's univariate models has a MASE lower by SELECTION_MARGIN:
 * backtest.ts, selectModel; the latest stored back-test of
 * this series and data, run now when there is none); intervals are conformal,
 * calibrated on that model's back-test errors per horizon (conformal.ts), and wider
 * right after a break. Without a back-test (too little history) the preference order
 * in FALLBACK_ORDER picks the model and its own intervals are shown.
 */
import { UsageError } from '../../errors.js';
import { FALLBACK_ORDER, finalCalibration, fitAndForecast, runBacktest, scoreBacktest, selectedModel, shownIntervals, type BacktestOptions, type ModelScore, type SeriesBacktest } from './backtest.js';
import { bandCeiling } from './bands.js';
import type { Break } from './breaks.js';
import { combinationWeights, type CombinationModel, type Weights } from './combination.js';
import { benchmarkSaid, ceilingSaid, coverageSaid, formSaid, intervalsSaid, selectionSaid, type Said } from './card-text.js';
import { ratioOffset, type Calibration, type IntervalMethod, type LevelQuantiles } from './conformal.js';
import type { AccuracySummary } from './metrics.js';
import { addMonths } from './months.js';
import type { RegisteredModel } from './registry.js';
import type { StoredSeriesResult } from './results-store.js';
import type { MonthlySeries } from './series.js';
import { trainingWindow, type LevelAdjustment, type WindowOptions } from './window.js';
import type { NowcastFill } from './upstream/nowcast-fill.js';

export interface ForecastOptions extends WindowOptions {
  horizon?: number;
  levels?: number[];
  /** An independent error every month ahead carries (the nowcast months' the forecast starts from): added to the bands (shownIntervals). */
  added?: readonly LevelQuantiles[];
}

export interface ForecastMonth {
  period: string;
  mean: number;
  intervals: { level: number; lower: number; upper: number; method: IntervalMethod }[];
}

/** What a back-test says about a series: enough to choose a model and calibrate it. */
export interface BacktestEvidence {
  runId?: string;
  startedAt?: string;
  selected?: string;
  scores: Map<string, { version: string; origins: number; summary: AccuracySummary; ownCoverage80: number; ownCoverage95: number }>;
  calibrations: Map<string, Calibration>;
}

export interface ModelCard {
  series: string;
  measure: string;
  keys: MonthlySeries['keys'];
  model: string;
  /** The fitted form, e.g. "ETS(M,Ad,M)". */
  form: string;
  version: string;
  parameters: Record<string, number>;
  selectedBy: 'back-test' | 'fallback';
  training: {
    from: string;
    to: string;
    months: number;
    log: boolean;
    /** Why the window starts where it does. */
    startsAt?: Break;
    adjustments: LevelAdjustment[];
    /** Sources of the training months, in order, with their first and last month. */
    sources: { source: string; from: string; to: string }[];
    /** Months after the last value left out (incomplete or blank). */
    droppedAtEnd: MonthlySeries['droppedAtEnd'];
    startsAfter?: MonthlySeries['startsAfter'];
  };
  breaks: Break[];
  /** Set when the forecast is made right after a break: its intervals are wider. */
  recentBreak?: { start: string; label: string; monthsSince: number };
  widerUncertainty: boolean;
  backtest?: {
    runId?: string;
    origins: number;
    horizons: number;
    mase: number;
    smape: number;
    coverage80: number;
    coverage95: number;
    winkler80: number;
    winkler95: number;
    /** Coverage of the model's own intervals before calibration. */
    ownCoverage80: number;
    ownCoverage95: number;
    /** MASE of every model tried. */
    models: { model: string; mase: number; origins: number }[];
    /** The seasonal naive forecast's MASE in the same back-test, and whether on the same origins. */
    naive?: { mase: number; origins: number; sameOrigins: boolean };
  };
  intervals: IntervalMethod;
  /** Upper bounds of the bands are kept below this (bands.ts). */
  ceiling: number;
  /** Each band with the share of outcomes it covered in the back-test (when there is one). */
  bands: { level: number; coverage?: number }[];
  /** The card in words, English and Spanish: the model, selection rule, benchmark, coverage beside each band, bounds. */
  said: {
    /** The fitted form in words (the combination's name in Spanish too). */
    model: Said;
    selection: Said;
    benchmark?: Said;
    /** Where the intervals come from: conformal, or the model's own at the months ahead with too few back-test errors (said which). */
    intervals: Said;
    bands: { level: number; said: Said }[];
    bounds: Said;
  };
  /** With `corridor forecast --nowcast`: the unpublished months filled from INM's daily copy before forecasting. */
  nowcast?: NowcastFill;
}

export interface SeriesForecast {
  card: ModelCard;
  months: ForecastMonth[];
  /** The fitted model's in-sample residuals over the training window (for MinT). */
  residuals: number[];
}

function sourceRuns(series: MonthlySeries, offset: number): ModelCard['training']['sources'] {
  const out: ModelCard['training']['sources'] = [];
  series.sources.forEach((source, i) => {
    if (i < offset) return;
    const month = addMonths(series.start, i);
    const last = out[out.length - 1];
    if (last && last.source === source) last.to = month;
    else out.push({ source, from: month, to: month });
  });
  return out;
}

/** Forecasts a series with the model its back-test selected. */
export function forecastSeries(series: MonthlySeries, registered: readonly RegisteredModel[], evidence: BacktestEvidence | undefined, opts: ForecastOptions = {}): SeriesForecast {
  const horizon = opts.horizon ?? 12;
  const levels = opts.levels ?? [80, 95];
  const window = trainingWindow(series.start, series.values, opts);
  const available = registered.map((r) => r.model.id);
  const order = [...(evidence?.selected ? [evidence.selected] : []), ...FALLBACK_ORDER, ...available].filter((id, i, all) => available.includes(id) && all.indexOf(id) === i);
  for (const id of order) {
    const reg = registered.find((r) => r.model.id === id)!;
    const weights = 'members' in reg.model ? learntWeights(reg.model as CombinationModel, evidence) : undefined;
    const model = weights ? (reg.model as CombinationModel).withWeights(weights) : reg.model;
    const result = fitAndForecast(model, window, horizon, levels, true);
    if ('error' in result) continue;
    const recent = window.recentBreak !== undefined;
    const offset = ratioOffset(series.values);
    const calibration = evidence?.calibrations.get(id);
    const ceiling = bandCeiling(series.values);
    const shown = shownIntervals({ mean: result.forecast.mean, intervals: result.forecast.intervals, offset, recent, ceiling }, calibration, levels, { added: opts.added });
    const score = evidence?.scores.get(id);
    const methods = shown.flatMap((s) => s.method);
    const months = result.forecast.mean.map((mean, i) => ({
      period: addMonths(window.to, i + 1),
      mean,
      intervals: shown.map((s) => ({ level: s.level, lower: s.lower[i], upper: s.upper[i], method: s.method[i] })),
    }));
    const selectedBy = evidence?.selected === id ? 'back-test' : 'fallback';
    const naiveScore = evidence?.scores.get('snaive');
    const naive = score && naiveScore && id !== 'snaive' ? { mase: naiveScore.summary.mase, origins: naiveScore.origins, sameOrigins: naiveScore.origins === score.origins } : undefined;
    const coverageOf = (level: number) => (score ? (level === 80 ? score.summary.coverage80 : level === 95 ? score.summary.coverage95 : undefined) : undefined);
    const bands = levels.map((level) => ({ level, coverage: coverageOf(level) }));
    const card: ModelCard = {
      series: series.id,
      measure: series.measure,
      keys: series.keys,
      model: id,
      form: result.form,
      version: reg.version,
      parameters: result.parameters,
      selectedBy,
      training: {
        from: window.from,
        to: window.to,
        months: window.values.length,
        log: window.log,
        startsAt: window.startsAt,
        adjustments: window.adjustments,
        sources: sourceRuns(series, window.offset),
        droppedAtEnd: series.droppedAtEnd,
        startsAfter: series.startsAfter,
      },
      breaks: window.breaks,
      recentBreak: window.recentBreak ? { start: window.recentBreak.break.start, label: window.recentBreak.break.label, monthsSince: window.recentBreak.monthsSince } : undefined,
      widerUncertainty: recent,
      backtest: score
        ? {
            runId: evidence?.runId,
            origins: score.origins,
            horizons: calibration?.all.length ?? horizon,
            ...pick(score.summary),
            ownCoverage80: score.ownCoverage80,
            ownCoverage95: score.ownCoverage95,
            models: [...evidence!.scores.entries()].map(([model, s]) => ({ model, mase: s.summary.mase, origins: s.origins })).sort((a, b) => a.mase - b.mase),
            naive,
          }
        : undefined,
      intervals: methods.find((m) => m !== 'model') ?? 'model',
      ceiling,
      bands,
      said: {
        model: formSaid(result.form),
        selection: selectionSaid({ chosen: id, selectedBy, scores: [...(evidence?.scores.entries() ?? [])].map(([model, s]) => ({ model, mase: s.summary.mase })), combination: combinationFacts(registered, evidence) }),
        benchmark: score ? benchmarkSaid(score.summary.mase, naive ?? (id === 'snaive' ? { mase: score.summary.mase, sameOrigins: true } : undefined)) : undefined,
        intervals: intervalsSaid({ methods: months.map((m) => (m.intervals.every((iv) => iv.method === 'model') ? 'model' : m.intervals.find((iv) => iv.method !== 'model')!.method)), periods: months.map((m) => m.period), widened: recent }),
        bands: bands.filter((b) => b.coverage !== undefined && Number.isFinite(b.coverage)).map((b) => ({ level: b.level, said: coverageSaid(b.level, b.coverage!) })),
        bounds: ceilingSaid(ceiling),
      },
    };
    return { card, months, residuals: window.values.map((v, t) => v - result.fitted[t]) };
  }
  // A user's request the data cannot answer (too few months since the series' start, its latest break or gap), not a fault: said in both languages.
  const n = window.values.length;
  throw new UsageError(
    `no model could forecast ${series.id}: its training data are ${n} month${n === 1 ? '' : 's'} (${window.from} to ${window.to}; training starts after the latest break or missing month), too few for every model (${available.join(', ')})`,
    `ningún modelo pudo pronosticar ${series.id}: sus datos de entrenamiento son ${n} ${n === 1 ? 'mes' : 'meses'} (de ${window.from} a ${window.to}; el entrenamiento empieza tras el último cambio o mes faltante), muy pocos para todos los modelos (${available.join(', ')})`,
  );
}

/** The registered combination's members and the weights a forecast with it uses (for the card's rule). */
function combinationFacts(registered: readonly RegisteredModel[], evidence: BacktestEvidence | undefined): { members: string[]; weights?: Weights } | undefined {
  const combo = registered.find((r) => 'members' in r.model)?.model as CombinationModel | undefined;
  return combo && { members: combo.members.map((m) => m.id), weights: learntWeights(combo, evidence) };
}

/** A combination's weights from the back-test's scores of its members (after every outcome of the back-test). */
function learntWeights(model: CombinationModel, evidence: BacktestEvidence | undefined): Weights | undefined {
  if (!evidence) return undefined;
  return combinationWeights(
    model.members.map((m) => m.id),
    (id) => {
      const s = evidence.scores.get(id);
      return s ? { sum: s.summary.mase * s.summary.n, n: s.summary.n } : undefined;
    },
  );
}

function pick(s: AccuracySummary) {
  return { mase: s.mase, smape: s.smape, coverage80: s.coverage80, coverage95: s.coverage95, winkler80: s.winkler80, winkler95: s.winkler95 };
}

/** Back-tests a series and condenses the result into evidence for forecasting. */
export function backtestEvidence(series: MonthlySeries, registered: readonly RegisteredModel[], opts: BacktestOptions = {}): { backtest: SeriesBacktest; scores: ModelScore[]; evidence: BacktestEvidence } {
  return condenseBacktest(runBacktest(series, registered, opts));
}

/** A back-test's scores and the evidence for forecasting (for back-tests run elsewhere, e.g. in the pool). */
export function condenseBacktest(backtest: SeriesBacktest): { backtest: SeriesBacktest; scores: ModelScore[]; evidence: BacktestEvidence } {
  const scores = scoreBacktest(backtest);
  const evidence: BacktestEvidence = {
    selected: selectedModel(backtest),
    scores: new Map(scores.map((s) => [s.model, { version: s.version, origins: s.origins, summary: s.overall, ownCoverage80: s.ownCoverage80, ownCoverage95: s.ownCoverage95 }])),
    calibrations: finalCalibration(backtest),
  };
  return { backtest, scores, evidence };
}

/** Stored results in the shape forecasting uses. */
export function evidenceFromStore(stored: StoredSeriesResult): BacktestEvidence {
  return { runId: stored.runId, startedAt: stored.startedAt, selected: stored.selected, scores: stored.scores, calibrations: stored.calibrations };
}
