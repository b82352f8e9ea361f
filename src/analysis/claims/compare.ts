/**
 * Compares two published figures honestly: a figure of an incomplete period is only a
 * lower bound (counts cannot fall by adding months), and figures rounded by their
 * publisher (OHSS rounds every cell to 10) can only be told apart beyond that rounding.
 */
import type { Point } from './types.js';

export type Relation = 'above' | 'below' | 'equal' | 'close' | 'unknown';

/** Largest error the publisher's rounding can put into a figure. */
export function roundingError(p: Point): number {
  return p.rounding > 1 ? (p.rounding / 2) * p.cells : 0;
}

/** How `a` stands against `b`. */
export function relation(a: Point, b: Point): Relation {
  if (a.value === null || b.value === null) return 'unknown';
  const margin = roundingError(a) + roundingError(b);
  if (a.complete && b.complete) {
    const d = a.value - b.value;
    if (d === 0) return 'equal';
    if (Math.abs(d) <= margin) return 'close';
    return d > 0 ? 'above' : 'below';
  }
  const aHi = a.complete ? a.value : Infinity;
  const bHi = b.complete ? b.value : Infinity;
  if (a.value - margin > bHi) return 'above';
  if (aHi + margin < b.value) return 'below';
  return 'unknown';
}
