/**
 * The uncertainty of nowcast months (nowcast.ts), so that a forecast starting from them can
 * carry it: the errors nowcasts made from as many days had on this very series, in the months
 * the daily and the monthly series both published, as log ratios (conformal.ts's, same offset)
 * and their quantiles at the forecast's levels (conformal.ts's tailQuantile, as the bands': 8
 * months reach only 8/9 = 89% with the largest error, so the 95% range goes beyond it by normal tails).
 *
 * Two uses:
 * - each filled month gets its own interval (the nowcast times the quantiles of its day count);
 * - the forecast after them adds the quantiles of the LAST filled month's day count to its
 *   bands (backtest.ts, shownIntervals' `added`), as an error independent of the forecast's own
 *   and carried in full to every month ahead: a level the forecast starts from that is off by
 *   x% leaves a level-following model (ETS, Theta on logs) off by about as much (measured by
 *   bench/forecast-nowcast-propagation.ts: 0.82-0.83 of it on average, 0.89-0.94 at the median).
 * The ratio of the monthly series to the daily one is taken from the latest months published
 * when the nowcast is made, and filled months later in a run keep it; the errors are measured
 * with the ratio of the months just before. bench/forecast-nowcast-blank.ts measures whole
 * months nowcast 1 to 8 months after the last one published: a little larger further on for
 * the total (mean 1.8% at 1 month, 2.4-2.8% at 6-8; 10-17 months measured), too few months
 * beyond 4 for the breakdowns to tell. That drift is not added (the card says how far the run goes).
 */
import { bandCeiling, boundBands } from '../bands.js';
import { applyBounds, logRatioError, ratioOffset, tailQuantile, type LevelQuantiles } from '../conformal.js';
import type { MonthlySeries } from '../series.js';
import { nowcastOutcomes, type Nowcast } from './nowcast.js';

/** A filled month with its interval from the errors of nowcasts from as many days (absent when too few months measure them). */
export type FilledMonth = Nowcast & { intervals?: NowcastInterval[] };

/** Months of measured nowcast errors needed before they are put into intervals (fewer say too little of the tails). */
export const MIN_ERROR_MONTHS = 5;

export interface NowcastErrorQuantiles {
  /** The day of the month the nowcasts were made on. */
  days: number;
  /** How many months the errors were measured on. */
  months: number;
  /** Log-ratio quantiles log((actual + c) / (nowcast + c)) at each level. */
  quantiles: LevelQuantiles[];
}

/** The quantiles of nowcasts' errors made on day `days`, or undefined with fewer than MIN_ERROR_MONTHS months to measure them. */
export function nowcastErrorQuantiles(
  daily: ReadonlyMap<string, number>,
  target: Pick<MonthlySeries, 'start' | 'values'>,
  days: number,
  levels: readonly number[],
  offset: number,
): NowcastErrorQuantiles | undefined {
  const errors = nowcastOutcomes(daily, target, days)
    .map((o) => logRatioError(o.actual, o.nowcast, offset))
    .sort((a, b) => a - b);
  if (errors.length < MIN_ERROR_MONTHS) return undefined;
  return {
    days,
    months: errors.length,
    quantiles: levels.map((level) => ({ level, lower: tailQuantile(errors, (1 - level / 100) / 2), upper: tailQuantile(errors, (1 + level / 100) / 2) })),
  };
}

export interface NowcastInterval {
  level: number;
  lower: number;
  upper: number;
}

/**
 * A nowcast's interval from its day count's error quantiles (log ratios with offset c), widened
 * only: never narrower than the nowcast itself; upper bounds kept under `ceiling` as the
 * forecast's bands are (bands.ts, boundBands: 3 times the highest month published). On a series
 * of a few people a month the log ratios of a near-zero nowcast are huge (Canadians at the
 * southwest border: a nowcast of 0 had a 95% upper bound of 514 where no month passed 25).
 */
export function nowcastIntervals(value: number, q: NowcastErrorQuantiles, offset: number, ceiling = Infinity): NowcastInterval[] {
  const bands = q.quantiles.map((b) => {
    const iv = applyBounds(value, offset, b);
    return { level: b.level, lower: [Math.min(value, iv.lower)], upper: [Math.max(value, iv.upper)] };
  });
  boundBands([value], bands, ceiling);
  return bands.map((b) => ({ level: b.level, lower: b.lower[0], upper: b.upper[0] }));
}

/** The day a nowcast's errors are measured at: the day it is known through, or 31 for a whole month (every month whole, whatever its length). */
export const errorDay = (n: Pick<Nowcast, 'days' | 'share'>): number => (n.share === 1 ? 31 : n.days);

/**
 * Each filled month's interval (FilledMonth) and the quantiles the forecast carries, from the errors such
 * nowcasts had on the published series (`series`); the offset is the forecast's (that of the
 * filled series), so the carried quantiles are on the scale of its bands.
 */
export function nowcastUncertainty(nowcasts: Nowcast[], days: ReadonlyMap<string, number>, series: MonthlySeries, filled: MonthlySeries, levels: readonly number[]): { months: FilledMonth[]; carried?: NowcastErrorQuantiles } {
  const offset = ratioOffset(filled.values);
  const ceiling = bandCeiling(series.values);
  const byDay = new Map<number, NowcastErrorQuantiles | undefined>();
  const quantilesAt = (d: number) => {
    if (!byDay.has(d)) byDay.set(d, nowcastErrorQuantiles(days, series, d, levels, offset));
    return byDay.get(d);
  };
  const months = nowcasts.map((n) => {
    const q = quantilesAt(errorDay(n));
    return q ? { ...n, intervals: nowcastIntervals(n.value, q, offset, ceiling) } : { ...n };
  });
  return { months, carried: nowcasts.length ? quantilesAt(errorDay(nowcasts.at(-1)!)) : undefined };
}
