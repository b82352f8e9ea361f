/**
 * Change between two periods (a month on the month before, a year on the year before,
 * or two named periods), refusing to compare an incomplete period with a complete one.
 * A claim may state only the direction ("rose from 2019 to 2021", "more in 2021 than in
 * 2019"): then an incomplete figure, a lower bound, can still prove a rise (compare.ts).
 */
import { relation, roundingError } from './compare.js';
import { judgePoints, type Stated } from './quantity.js';
import type { Point } from './types.js';

export interface StatedChange {
  direction: 'up' | 'down';
  /** Percent change claimed (positive magnitude); doubling is 100. Absent when the claim states only the direction. */
  percent?: Stated;
  /** How the claim put it: a change over time ("rose"), or one period against another ("more in 2021 than in 2019"). */
  as?: 'change' | 'comparison';
}

export interface ChangeResult {
  status: 'true' | 'false' | 'partly' | 'undetermined';
  target?: Point;
  base?: Point;
  /** Change in events and in percent of the base. */
  delta?: number;
  percent?: number;
  /** Percentage points the publishers' rounding could move the percent. */
  percentError?: number;
  reason?: 'no-target' | 'no-base' | 'suppressed' | 'incomplete' | 'zero-base' | 'close';
  /** The two figures come from different tables (the store's best source for each period). */
  mixed?: boolean;
}

export function changeBetween(target: Point | undefined, base: Point | undefined): ChangeResult {
  if (!target) return { status: 'undetermined', base, reason: 'no-target' };
  if (!base) return { status: 'undetermined', target, reason: 'no-base' };
  if (target.value === null || base.value === null) return { status: 'undetermined', target, base, reason: 'suppressed' };
  const delta = target.value - base.value;
  if (base.value === 0) return { status: 'undetermined', target, base, delta, reason: 'zero-base' };
  const percent = (delta / base.value) * 100;
  const percentError = ((roundingError(target) + roundingError(base)) / base.value) * 100;
  const out: ChangeResult = { status: 'true', target, base, delta, percent, percentError, ...(target.dataset !== base.dataset ? { mixed: true } : {}) };
  if (!target.complete || !base.complete) return { ...out, status: 'undetermined', reason: 'incomplete' };
  return out;
}

/** Checks a stated change against the computed one. */
export function judgeChange(result: ChangeResult, stated: StatedChange): ChangeResult {
  if (!stated.percent) return judgeDirection(result, stated.direction);
  if (result.percent === undefined || result.reason) return { ...result, status: 'undetermined' };
  const actualDirection = result.percent > 0 ? 'up' : result.percent < 0 ? 'down' : 'flat';
  if (actualDirection !== stated.direction) return { ...result, status: 'false' };
  return { ...result, status: judgePoints(Math.abs(result.percent), stated.percent) };
}

/**
 * Checks only the direction of a change: a rise is true when the target stands above the
 * base beyond the publishers' rounding, also when the target is incomplete (a lower bound
 * already above); no change at all is false either way.
 */
function judgeDirection(result: ChangeResult, direction: 'up' | 'down'): ChangeResult {
  const { target, base } = result;
  if (!target || !base || target.value === null || base.value === null) return { ...result, status: 'undetermined' };
  const r = relation(target, base);
  const actual = r === 'above' ? 'up' : r === 'below' ? 'down' : r;
  if (actual === 'equal') return { ...result, reason: undefined, status: 'false' };
  if (actual === 'close') return { ...result, reason: 'close', status: 'undetermined' };
  if (actual === 'unknown') return { ...result, reason: 'incomplete', status: 'undetermined' };
  return { ...result, reason: undefined, status: actual === direction ? 'true' : 'false' };
}
