/**
 * The training window of a series at a forecast origin, and what the breaks in it
 * mean for the forecast.
 *
 * The rule (documented in README.md):
 * 1. Breaks are the policy dates plus changepoints detected in the data up to the origin.
 * 2. Training starts at the latest break that leaves at least `minHistory` months
 *    (default 24: two seasonal cycles) up to the origin; with no such break, at the
 *    start of the series.
 * 3. A break inside the window (fewer than `minHistory` months before the origin)
 *    cannot start it. If at least `minAdjust` months (default 2) follow it, the months
 *    before it are rescaled by the ratio of the post-break months to the same months a
 *    year earlier (sum over sum): an intervention-style level adjustment that keeps the
 *    seasonal shape learnt before the break and moves it to the level seen after it.
 * 4. A forecast whose latest break is at most `recentMonths` (default 12) before the
 *    origin is "right after a break": it says so, and its intervals are calibrated on
 *    the back-test errors of origins in the same situation (see conformal.ts).
 * 5. The model is fitted on log values when every training value is positive.
 */
import { findBreaks, type Break, type BreakOptions } from './breaks.js';
import { addMonths, monthIndex } from './months.js';

export interface WindowOptions extends BreakOptions {
  minHistory?: number;
  recentMonths?: number;
  minAdjust?: number;
  period?: number;
}

export const WINDOW_DEFAULTS = { minHistory: 60, recentMonths: 12, minAdjust: 2, period: 12 } as const;

export interface LevelAdjustment {
  /** First month after the break: months before it were multiplied by `factor`. */
  before: string;
  factor: number;
  /** Post-break months the factor was estimated from. */
  months: number;
}

export interface TrainingWindow {
  /** Index in the data given where training starts. */
  offset: number;
  from: string;
  to: string;
  /** Training values (after any level adjustment). */
  values: number[];
  breaks: Break[];
  /** The break the window starts at, if any. */
  startsAt?: Break;
  /** The latest break, when it is at most `recentMonths` before the end of the data. */
  recentBreak?: { break: Break; monthsSince: number };
  adjustments: LevelAdjustment[];
  log: boolean;
}

/**
 * Chooses the training window of a monthly series `y` whose first month is `start`,
 * using only the data given (a back-test passes the data up to its origin).
 */
export function trainingWindow(start: string, y: readonly number[], opts: WindowOptions = {}): TrainingWindow {
  const { minHistory, recentMonths, minAdjust, period } = { ...WINDOW_DEFAULTS, ...stripUndefined(opts) };
  const n = y.length;
  const breaks = findBreaks(start, y, opts);
  const indexOf = (b: Break) => monthIndex(b.start) - monthIndex(start);
  let offset = 0;
  let startsAt: Break | undefined;
  for (const b of breaks) {
    if (n - indexOf(b) >= minHistory && indexOf(b) > offset) {
      offset = indexOf(b);
      startsAt = b;
    }
  }
  const values = y.slice(offset);
  const adjustments: LevelAdjustment[] = [];
  const inside = breaks.filter((b) => indexOf(b) > offset);
  for (const b of inside) {
    const at = indexOf(b) - offset;
    const after = n - indexOf(b);
    if (after < minAdjust) continue;
    let post = 0;
    let prior = 0;
    let months = 0;
    for (let t = at; t < Math.min(values.length, at + period); t++) {
      if (t - period < 0) continue;
      post += values[t];
      prior += values[t - period];
      months++;
    }
    if (months < minAdjust || prior <= 0) continue;
    const factor = post / prior;
    for (let t = 0; t < at; t++) values[t] *= factor;
    adjustments.push({ before: b.start, factor, months });
  }
  const latest = breaks[breaks.length - 1];
  const monthsSince = latest ? n - indexOf(latest) : Infinity;
  return {
    offset,
    from: addMonths(start, offset),
    to: addMonths(start, n - 1),
    values,
    breaks,
    startsAt,
    recentBreak: latest && monthsSince <= recentMonths ? { break: latest, monthsSince } : undefined,
    adjustments,
    log: values.length > 0 && values.every((v) => v > 0),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
