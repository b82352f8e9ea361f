/**
 * Forecasts and back-tests of a whole hierarchy (hierarchy.ts), reconciled so that
 * every node's forecast is the sum of its children's (reconcile.ts).
 *
 * Each node gets its base forecast from its own back-test-selected model (forecast.ts);
 * the base forecasts are reconciled with DEFAULT_RECONCILIATION; each node's conformal
 * interval is re-centred on its reconciled forecast (its log-ratio bounds kept), since
 * intervals themselves do not add up.
 *
 * The back-test runs every node's rolling-origin back-test, then, at every origin where
 * all nodes have a forecast (the bottom cells need two years of data: from September
 * 2023), reconciles the nodes' default forecasts with each method and scores them, so
 * that the effect of reconciliation on accuracy is measured, level by level.
 */
import { reconcile, RECONCILIATION_METHODS, type ReconciliationMethod } from '@corridor/forecast';
import { runBacktest, scoreBacktest, finalCalibration, selectedModel, DEFAULT_MODEL, type BacktestOptions, type ModelScore, type OriginForecast, type SeriesBacktest } from './backtest.js';
import { forecastSeries, type BacktestEvidence, type ForecastMonth, type ForecastOptions, type ModelCard } from './forecast.js';
import { ratioOffset } from './conformal.js';
import type { Hierarchy } from './hierarchy.js';
import { monthIndex, monthLabel } from './months.js';
import type { RegisteredModel } from './registry.js';

/** Chosen from the measured effect on accuracy (README.md, bench/forecast-peers.ts). */
export const DEFAULT_RECONCILIATION: ReconciliationMethod = 'mint-shrink';

/** Moves an interval to a new centre keeping its log-ratio width (offset c as in conformal.ts). */
export function recentre(mean: number, lower: number, upper: number, newMean: number, offset: number): { lower: number; upper: number } {
  const base = Math.max(0, mean) + offset;
  const target = Math.max(0, newMean) + offset;
  return { lower: Math.max(0, (target * (Math.max(0, lower) + offset)) / base - offset), upper: (target * (upper + offset)) / base - offset };
}

/** Residual matrix (months × nodes) over the last months every node has finite residuals. */
export function residualMatrix(residuals: readonly (readonly number[])[]): number[][] {
  const trailing = residuals.map((r) => {
    let k = 0;
    while (k < r.length && Number.isFinite(r[r.length - 1 - k])) k++;
    return k;
  });
  const T = Math.min(...trailing);
  return Array.from({ length: T }, (_, t) => residuals.map((r) => r[r.length - T + t]));
}

export interface NodeForecast {
  id: string;
  level: string;
  card: ModelCard;
  /** Base forecast before reconciliation. */
  base: number[];
  months: ForecastMonth[];
}

export interface HierarchyForecast {
  method: ReconciliationMethod;
  lambda?: number;
  end: string;
  nodes: NodeForecast[];
}

/** Forecasts every node and reconciles the forecasts. */
export function forecastHierarchy(
  h: Hierarchy,
  registered: readonly RegisteredModel[],
  evidence: (nodeId: string) => BacktestEvidence | undefined,
  opts: ForecastOptions & { method?: ReconciliationMethod } = {},
): HierarchyForecast {
  const method = opts.method ?? DEFAULT_RECONCILIATION;
  const base = h.nodes.map((n) => forecastSeries(n.series, registered, evidence(n.id), opts));
  const means = base.map((b) => b.months.map((m) => m.mean));
  const { forecasts, lambda } = reconcile(h, means, method, method === 'mint-shrink' ? residualMatrix(base.map((b) => b.residuals)) : undefined);
  return {
    method,
    lambda,
    end: h.end,
    nodes: h.nodes.map((n, i) => {
      const offset = ratioOffset(n.series.values);
      return {
        id: n.id,
        level: n.level,
        card: base[i].card,
        base: means[i],
        months: base[i].months.map((m, k) => ({
          period: m.period,
          mean: forecasts[i][k],
          intervals: m.intervals.map((iv) => ({ ...iv, ...recentre(m.mean, iv.lower, iv.upper, forecasts[i][k], offset) })),
        })),
      };
    }),
  };
}

export interface NodeBacktest {
  id: string;
  level: string;
  backtest: SeriesBacktest;
  scores: ModelScore[];
  evidence: BacktestEvidence;
}

export interface ReconciliationScore {
  method: ReconciliationMethod;
  level: string;
  nodes: number;
  /** Mean over the level's nodes of each node's MASE (and coverage of the re-centred intervals). */
  mase: number;
  smape: number;
  coverage80: number;
  coverage95: number;
}

export interface HierarchyBacktest {
  nodes: NodeBacktest[];
  /** Origins at which every node had a forecast and reconciliation was scored. */
  origins: string[];
  reconciliation: ReconciliationScore[];
  /** By node id: the scores of the reconciled forecasts (model = method). */
  reconciledScores: Map<string, ModelScore[]>;
}

/** Runs the back-tests of a hierarchy's nodes, in node order (e.g. in several processes). */
export type NodeBacktester = (h: Hierarchy, opts: BacktestOptions) => Promise<SeriesBacktest[]>;

export interface HierarchyBacktestOptions extends BacktestOptions {
  methods?: readonly ReconciliationMethod[];
  backtestNodes?: NodeBacktester;
}

/** Back-tests every node of a hierarchy, then reconciliation. */
export async function backtestHierarchy(h: Hierarchy, registered: readonly RegisteredModel[], opts: HierarchyBacktestOptions = {}): Promise<HierarchyBacktest> {
  const minTrain = opts.minTrain ?? 24;
  const reconcileFrom = Math.max(...h.nodes.map((n) => monthIndex(n.series.start) + minTrain - 1));
  const residualsFrom = monthLabel(reconcileFrom);
  const { methods: _methods, backtestNodes: _backtestNodes, ...rest } = opts;
  const nodeOpts: BacktestOptions = { ...rest, residualsFrom };
  const backtests = opts.backtestNodes ? await opts.backtestNodes(h, nodeOpts) : h.nodes.map((n) => runBacktest(n.series, registered, nodeOpts));
  const nodes: NodeBacktest[] = h.nodes.map((n, i) => {
    const backtest = backtests[i];
    const scores = scoreBacktest(backtest);
    return {
      id: n.id,
      level: n.level,
      backtest,
      scores,
      evidence: {
        selected: selectedModel(backtest),
        scores: new Map(scores.map((s) => [s.model, { version: s.version, origins: s.origins, summary: s.overall, ownCoverage80: s.ownCoverage80, ownCoverage95: s.ownCoverage95 }])),
        calibrations: finalCalibration(backtest),
      },
    };
  });
  const methods = opts.methods ?? RECONCILIATION_METHODS;
  const defaults = nodes.map((n) => new Map((n.backtest.forecasts.get(DEFAULT_MODEL) ?? []).map((f) => [f.origin, f])));
  const origins = [...defaults[0].keys()].filter((o) => monthIndex(o) >= reconcileFrom && defaults.every((d) => d.get(o)?.residuals));
  const reconciled = nodes.map(() => new Map<string, OriginForecast[]>(methods.map((m) => [m, []])));
  for (const origin of origins) {
    const fs = defaults.map((d) => d.get(origin)!);
    const means = fs.map((f) => f.mean);
    const residuals = residualMatrix(fs.map((f) => f.residuals!));
    for (const method of methods) {
      const { forecasts } = reconcile(h, means, method, method === 'mint-shrink' ? residuals : undefined);
      fs.forEach((f, i) => {
        const shown = f.shown.map((s) => {
          const moved = f.mean.map((m, k) => recentre(m, s.lower[k], s.upper[k], forecasts[i][k], f.offset));
          return { ...s, lower: moved.map((x) => x.lower), upper: moved.map((x) => x.upper) };
        });
        reconciled[i].get(method)!.push({ ...f, model: method, mean: forecasts[i], shown, residuals: undefined });
      });
    }
  }
  const reconciledScores = new Map<string, ModelScore[]>();
  nodes.forEach((n, i) => reconciledScores.set(n.id, scoreBacktest({ ...n.backtest, forecasts: reconciled[i] })));
  const levels = [...new Set(h.nodes.map((n) => n.level)), 'all'];
  const reconciliation: ReconciliationScore[] = [];
  for (const method of methods) {
    for (const level of levels) {
      const scores = nodes
        .filter((n) => level === 'all' || n.level === level)
        .map((n) => reconciledScores.get(n.id)!.find((s) => s.model === method)!.overall)
        .filter((s) => s.n > 0);
      const mean = (pickOne: (s: (typeof scores)[number]) => number) => scores.reduce((a, s) => a + pickOne(s), 0) / scores.length;
      reconciliation.push({ method, level, nodes: scores.length, mase: mean((s) => s.mase), smape: mean((s) => s.smape), coverage80: mean((s) => s.coverage80), coverage95: mean((s) => s.coverage95) });
    }
  }
  return { nodes, origins, reconciliation, reconciledScores };
}
