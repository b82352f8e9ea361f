/**
 * One verdict from the verdicts under each definition: the readings that can be checked
 * decide; if they disagree (true under one definition, false under another) the claim is
 * partly true, and a tie or a right direction with the wrong size is partly true too.
 * Within one reading, sources that publish the same figures and differ beyond rounding
 * are weighed by acrossSources.
 */
import type { Point, Status, Verdict } from './types.js';
import { roundingTolerance } from '../checks/types.js';

export function combine(statuses: Status[]): Verdict {
  const known = statuses.filter((s) => s !== 'undetermined');
  if (!known.length) return 'undetermined';
  if (known.every((s) => s === 'true')) return 'true';
  if (known.every((s) => s === 'false')) return 'false';
  return 'partly true';
}

/** Another source's own figures for the periods a check used, and how the claim fares by them. */
export interface OtherSource {
  source: string;
  /** Same periods, same order as the figures the check used. */
  points: Point[];
  status: Status;
}

/** Two complete figures that differ beyond their publishers' rounding, as the overlap checks of `corridor check` count it. */
export function differs(a: Point, b: Point): boolean {
  if (!a.complete || !b.complete || a.value === null || b.value === null) return false;
  return Math.abs(a.value - b.value) > roundingTolerance(Math.max(a.rounding, b.rounding), Math.max(a.cells, b.cells));
}

/**
 * A reading's status when other sources disagree with the figures it used (docs/CLAIMS.md,
 * "Sources that disagree"): unchanged when the claim fares the same by every source; it
 * cannot be settled when it is true by one and false by another; otherwise partly true.
 * What the chosen figures cannot decide stays undecided.
 */
export function acrossSources(chosen: Status, others: Status[]): Status {
  if (chosen === 'undetermined') return chosen;
  const all = [chosen, ...others.filter((s) => s !== 'undetermined')];
  if (all.every((s) => s === chosen)) return chosen;
  if (all.includes('true') && all.includes('false')) return 'undetermined';
  return 'partly';
}
