/**
 * "The most (or fewest) in N years / since P / on record": compares one period with every
 * period of a window before it. The verdict is false only when a period is certainly
 * beyond it; missing periods, incomplete ones and differences within the publisher's
 * rounding make it undetermined, and an exact tie is reported as a tie.
 */
import { relation, type Relation } from './compare.js';
import { periodFromIndex, periodIndex, perYear } from './periods.js';
import type { Direction, Grain, Point } from './types.js';

/** The periods compared against: N years before, since a period, or the whole record. */
export type Window =
  | { kind: 'years'; years: number; orMore?: boolean }
  | { kind: 'months'; months: number; orMore?: boolean }
  | { kind: 'since'; period: string }
  | { kind: 'record' }
  /** Every period from `first` to `last` ("more than any month of 2019"), wherever they lie. */
  | { kind: 'between'; first: string; last: string };

export interface RankResult {
  status: 'true' | 'false' | 'tied' | 'undetermined';
  direction: Direction;
  window: Window;
  target?: Point;
  /** First and last period of the window (inclusive), and how many periods it spans. */
  first?: string;
  last?: string;
  span: number;
  /** Periods in the window with no figure at all, or a suppressed one. */
  missing: string[];
  nulls: string[];
  /** Window periods certainly beyond the target, tied with it, within rounding of it, or not comparable (incomplete). */
  beyond: Point[];
  tied: Point[];
  close: Point[];
  unknown: Point[];
  /** The latest earlier period at or beyond the target, anywhere in the series ("the highest since"). */
  since?: Point;
  /** True when an earlier period that cannot be compared (incomplete, or within rounding) stops the search for `since`. */
  sinceBlocked: boolean;
  /** Later periods certainly beyond it (context: "since exceeded by"). */
  later: Point[];
  seriesStart?: string;
  /** no-earlier: the window holds no period but the target (the store's figures start with it): nothing to rank against. */
  reason?: 'no-figure' | 'suppressed' | 'no-earlier';
}

const beyondOf = (d: Direction): Relation => (d === 'max' ? 'above' : 'below');

export function rankCheck(points: Point[], period: string, grain: Grain, direction: Direction, window: Window): RankResult {
  const byIndex = new Map(points.map((p) => [periodIndex(p.period, grain), p]));
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  const base: RankResult = { status: 'undetermined', direction, window, span: 0, missing: [], nulls: [], beyond: [], tied: [], close: [], unknown: [], later: [], sinceBlocked: false, seriesStart: sorted[0]?.period };
  const t = periodIndex(period, grain);
  const target = byIndex.get(t);
  if (!target) return { ...base, reason: 'no-figure' };
  if (target.value === null) return { ...base, target, reason: 'suppressed' };
  const startIndex = sorted.length ? periodIndex(sorted[0].period, grain) : t;
  // "In N years" looks at the N years before, not the same month N years earlier;
  // "in over N years" includes it.
  const length = window.kind === 'years' ? window.years * perYear(grain) : window.kind === 'months' ? window.months : 0;
  const firstIndex =
    window.kind === 'years' || window.kind === 'months'
      ? t - length + (window.orMore ? 0 : 1)
      : window.kind === 'since'
        ? periodIndex(window.period, grain) + 1
        : window.kind === 'between'
          ? periodIndex(window.first, grain)
          : startIndex;
  const endIndex = window.kind === 'between' ? periodIndex(window.last, grain) + 1 : t;
  const out: RankResult = { ...base, target, span: Math.max(0, endIndex - firstIndex) };
  if (firstIndex < endIndex) {
    out.first = periodFromIndex(firstIndex, grain);
    out.last = periodFromIndex(endIndex - 1, grain);
  }
  for (let i = firstIndex; i < endIndex; i++) {
    if (i === t) continue;
    const p = byIndex.get(i);
    if (!p) {
      out.missing.push(periodFromIndex(i, grain));
      continue;
    }
    if (p.value === null) {
      out.nulls.push(p.period);
      continue;
    }
    const r = relation(p, target);
    if (r === beyondOf(direction)) out.beyond.push(p);
    else if (r === 'equal') out.tied.push(p);
    else if (r === 'close') out.close.push(p);
    else if (r === 'unknown') out.unknown.push(p);
  }
  // The latest earlier period at or beyond the target, wherever it is.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    if (periodIndex(p.period, grain) >= t || p.value === null) continue;
    const r = relation(p, target);
    if (r === beyondOf(direction) || r === 'equal') {
      out.since = p;
      break;
    }
    if (r === 'unknown' || r === 'close') {
      out.sinceBlocked = true;
      break;
    }
  }
  out.later = sorted.filter((p) => periodIndex(p.period, grain) > t && p.value !== null && relation(p, target) === beyondOf(direction));
  // A window with no period but the target compares with nothing: "the most on record" would be vacuous.
  if (endIndex - firstIndex - (t >= firstIndex && t < endIndex ? 1 : 0) <= 0) return { ...out, status: 'undetermined', reason: 'no-earlier' };
  if (out.beyond.length) out.status = 'false';
  else if (out.missing.length || out.nulls.length || out.unknown.length || out.close.length) out.status = 'undetermined';
  else if (out.tied.length) out.status = 'tied';
  else out.status = 'true';
  return out;
}
