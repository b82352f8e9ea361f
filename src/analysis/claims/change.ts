/**
 * Change between two periods (a month on the month before, a year on the year before,
 * or two named periods), refusing to compare an incomplete period with a complete one.
 */
import { roundingError } from './compare.js';
import { judgePoints, type Stated } from './quantity.js';
import type { Point } from './types.js';

export interface StatedChange {
  direction: 'up' | 'down';
  /** Percent change claimed (positive magnitude); doubling is 100. */
  percent: Stated;
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
  reason?: 'no-target' | 'no-base' | 'suppressed' | 'incomplete' | 'zero-base';
}

export function changeBetween(target: Point | undefined, base: Point | undefined): ChangeResult {
  if (!target) return { status: 'undetermined', base, reason: 'no-target' };
  if (!base) return { status: 'undetermined', target, reason: 'no-base' };
  if (target.value === null || base.value === null) return { status: 'undetermined', target, base, reason: 'suppressed' };
  const delta = target.value - base.value;
  if (base.value === 0) return { status: 'undetermined', target, base, delta, reason: 'zero-base' };
  const percent = (delta / base.value) * 100;
  const percentError = ((roundingError(target) + roundingError(base)) / base.value) * 100;
  const out: ChangeResult = { status: 'true', target, base, delta, percent, percentError };
  if (!target.complete || !base.complete) return { ...out, status: 'undetermined', reason: 'incomplete' };
  return out;
}

/** Checks a stated change against the computed one. */
export function judgeChange(result: ChangeResult, stated: StatedChange): ChangeResult {
  if (result.percent === undefined || result.reason) return { ...result, status: 'undetermined' };
  const actualDirection = result.percent > 0 ? 'up' : result.percent < 0 ? 'down' : 'flat';
  if (actualDirection !== stated.direction) return { ...result, status: 'false' };
  return { ...result, status: judgePoints(Math.abs(result.percent), stated.percent) };
}
