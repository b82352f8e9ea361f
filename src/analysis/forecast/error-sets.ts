/**
 * Back-test errors gathered one resolved forecast at a time, kept sorted per horizon
 * so that the conformal calibration at any origin is a lookup, not a sort: a
 * back-test asks for it at every origin, with only the errors of forecasts whose
 * outcome was known by then.
 */
import { conformalQuantile, DEFAULT_WIDENING, MIN_CALIBRATION, tailQuantile, type Calibration, type CalibrationError, type HorizonCalibration } from './conformal.js';

/**
 * Whether a band's quantile goes beyond the errors seen, by normal tails, when its level (or the
 * adaptive level standing in for it) asks for more than they give (tailQuantile in conformal.ts;
 * else the most extreme error, as plain split conformal takes it). An assumption, chosen on
 * bench/forecast-calibration-rules.ts: the 95% bands covered 88-92% of outcomes because, with
 * fewer than 39 errors at a horizon or after misses had raised the adaptive level past what they
 * give, the 95% quantile stopped at the largest error seen.
 */
export const NORMAL_TAILS = true;

interface Group {
  sorted: number[];
  absSum: number;
}

function insertSorted(list: number[], v: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, v);
}

export class ErrorSets {
  private readonly all: Group[];
  private readonly recent: Group[];

  constructor(readonly horizon: number) {
    this.all = Array.from({ length: horizon }, () => ({ sorted: [], absSum: 0 }));
    this.recent = Array.from({ length: horizon }, () => ({ sorted: [], absSum: 0 }));
  }

  add(h: number, error: number, recent: boolean): void {
    if (!Number.isFinite(error) || h < 1 || h > this.horizon) return;
    const groups = recent ? [this.all[h - 1], this.recent[h - 1]] : [this.all[h - 1]];
    for (const g of groups) {
      insertSorted(g.sorted, error);
      g.absSum += Math.abs(error);
    }
  }

  count(h: number): number {
    return this.all[h - 1].sorted.length;
  }

  /** The calibration these errors give (see conformal.ts). */
  /**
   * The calibration these errors give. `effective(h, level)` is the level whose quantiles
   * the interval of nominal `level` takes at horizon h (adaptive conformal inference, see
   * AdaptiveLevels); by default the nominal level itself.
   */
  calibration(levels: number[], min = MIN_CALIBRATION, effective: (h: number, level: number) => number = (_h, level) => level, quantile: (sorted: readonly number[], p: number) => number = NORMAL_TAILS ? tailQuantile : conformalQuantile): Calibration {
    const horizonCal = (g: Group, h: number): HorizonCalibration | null =>
      g.sorted.length < min
        ? null
        : {
            horizon: h,
            n: g.sorted.length,
            quantiles: levels.map((level) => {
              const used = effective(h, level);
              return {
                level,
                lower: Math.min(0, quantile(g.sorted, (1 - used / 100) / 2)),
                upper: Math.max(0, quantile(g.sorted, (1 + used / 100) / 2)),
              };
            }),
          };
    let recentAbs = 0;
    let recentN = 0;
    let baseAbs = 0;
    let baseN = 0;
    for (let i = 0; i < this.horizon; i++) {
      if (this.recent[i].sorted.length === 0) continue;
      recentAbs += this.recent[i].absSum;
      recentN += this.recent[i].sorted.length;
      baseAbs += this.all[i].absSum;
      baseN += this.all[i].sorted.length;
    }
    const ratio = recentN && baseAbs > 0 ? recentAbs / recentN / (baseAbs / baseN) : NaN;
    return {
      levels,
      all: this.all.map((g, i) => horizonCal(g, i + 1)),
      recent: this.recent.map((g, i) => horizonCal(g, i + 1)),
      widening: Number.isFinite(ratio) ? Math.max(1, ratio) : DEFAULT_WIDENING,
      wideningSource: Number.isFinite(ratio) ? 'calibrated' : 'default',
    };
  }
}

/** The calibration a set of back-test errors gives. */
export function calibrate(errors: readonly CalibrationError[], horizon: number, levels: number[], min = MIN_CALIBRATION): Calibration {
  const sets = new ErrorSets(horizon);
  for (const e of errors) sets.add(e.horizon, e.error, e.recent);
  return sets.calibration(levels, min);
}

/**
 * Adaptive conformal inference (Gibbs & Candès 2021): the miscoverage rate an interval
 * aims for at each horizon moves after every outcome, α ← α + γ·(α* − miss), so that
 * over time the share of outcomes outside the intervals tends to the nominal α* whatever
 * the errors do (flows here change regime, and errors from calm years understate the
 * errors after a break). The rate is kept within [MIN_ALPHA, 0.5].
 */
export const ACI_GAMMA = 0.02;
const MIN_ALPHA = 0.002;

export class AdaptiveLevels {
  private readonly alpha: Map<number, number[]>;

  constructor(
    readonly horizon: number,
    readonly levels: readonly number[],
    readonly gamma = ACI_GAMMA,
  ) {
    this.alpha = new Map(levels.map((l) => [l, Array.from({ length: horizon }, () => 1 - l / 100)]));
  }

  /** Records whether the interval shown at horizon h for `level` missed the outcome. */
  update(h: number, level: number, missed: boolean): void {
    const a = this.alpha.get(level);
    if (!a || h < 1 || h > this.horizon) return;
    const target = 1 - level / 100;
    a[h - 1] = Math.min(0.5, Math.max(MIN_ALPHA, a[h - 1] + this.gamma * (target - (missed ? 1 : 0))));
  }

  /** The level whose quantiles the interval of nominal `level` uses now. */
  effective = (h: number, level: number): number => {
    const a = this.alpha.get(level)?.[h - 1];
    return a === undefined ? level : 100 * (1 - a);
  };
}
