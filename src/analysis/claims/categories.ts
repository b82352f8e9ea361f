/**
 * Claims across categories of one period, not over time: "Hondurans were the most
 * apprehended nationality in FY2019" ranks Hondurans against the other nationalities of
 * FY2019; "Hondurans outnumbered Guatemalans" compares two nationalities; "the Rio Grande
 * Valley was the busiest sector" ranks sectors. Groups that are not one category (OTHER,
 * unknown, totals) are left out of a ranking. Two figures of the same period from the
 * same table cover the same months, so they are compared even in a year still running.
 */
import { relation, type Relation } from './compare.js';
import type { Direction, Point } from './types.js';

export interface Ranked {
  code: string;
  point: Point;
}

export interface CategoryResult {
  status: 'true' | 'false' | 'tied' | 'undetermined';
  member: string;
  memberPoint?: Point;
  /** Every category of the period, the largest first. */
  ranking: Ranked[];
  /** Categories certainly beyond the member, tied with it, or too close to call (publisher rounding). */
  beyond: Ranked[];
  tied: Ranked[];
  close: Ranked[];
  /** 1 = first. */
  position?: number;
  reason?: 'no-breakdown' | 'no-member' | 'suppressed' | 'residual';
  /** A group of several categories (OTHER) large enough to hide one beyond the member. */
  residual?: Ranked;
}

/** Codes that stand for several categories or none. */
const NOT_A_CATEGORY = /^(ALL|OTHER|OTH|UNK|UNKNOWN|XXX|ZZZ|STATELESS)$/;

/** Figures of one period compared as equals when they come from one table with the same months. */
function sameFooting(a: Point, b: Point): [Point, Point] {
  if (a.dataset === b.dataset && a.parts === b.parts && a.period === b.period) return [{ ...a, complete: true }, { ...b, complete: true }];
  return [a, b];
}

export function compareTwo(a: Point, b: Point): Relation {
  const [x, y] = sameFooting(a, b);
  return relation(x, y);
}

export function rankAmong(rows: Ranked[], member: string, direction: Direction, isGroup: (code: string) => boolean = () => false): CategoryResult {
  const ranking = rows.filter((r) => !NOT_A_CATEGORY.test(r.code) && !isGroup(r.code) && r.point.value !== null).sort((a, b) => b.point.value! - a.point.value!);
  const base: CategoryResult = { status: 'undetermined', member, ranking, beyond: [], tied: [], close: [] };
  if (ranking.length === 0) return { ...base, reason: 'no-breakdown' };
  const mine = rows.find((r) => r.code === member);
  if (!mine) return { ...base, reason: 'no-member' };
  if (mine.point.value === null) return { ...base, memberPoint: mine.point, reason: 'suppressed' };
  const out: CategoryResult = { ...base, memberPoint: mine.point };
  const beyondRel: Relation = direction === 'max' ? 'above' : 'below';
  // From the extreme the claim names (the most, or the fewest): beyond[0] is the one that had the most (or fewest).
  const order = direction === 'max' ? ranking : [...ranking].reverse();
  for (const r of order) {
    if (r.code === member) continue;
    const rel = compareTwo(r.point, mine.point);
    if (rel === beyondRel) out.beyond.push(r);
    else if (rel === 'equal') out.tied.push(r);
    else if (rel === 'close' || rel === 'unknown') out.close.push(r);
  }
  // "OTHER" larger than the member could hide a category larger than it: a "most" cannot be decided.
  const residual = rows.find((r) => /^(OTHER|OTH|UNK|UNKNOWN)$/.test(r.code) && r.point.value !== null && r.point.value >= mine.point.value!);
  if (direction === 'max' && residual && out.beyond.length === 0) return { ...out, status: 'undetermined', reason: 'residual', residual };
  out.position = order.findIndex((r) => r.code === member) + 1;
  out.status = out.beyond.length ? 'false' : out.close.length ? 'undetermined' : out.tied.length ? 'tied' : 'true';
  return out;
}

export interface PairResult {
  status: 'true' | 'false' | 'tied' | 'undetermined';
  a?: Point;
  b?: Point;
  /** For "for the first time": the earlier periods in which A already stood that way against B. */
  earlier: { period: string; a: Point; b: Point }[];
  reason?: 'no-a' | 'no-b' | 'close';
}

export function comparePair(a: Point | undefined, b: Point | undefined, direction: 'more' | 'less'): PairResult {
  if (!a) return { status: 'undetermined', b, earlier: [], reason: 'no-a' };
  if (!b) return { status: 'undetermined', a, earlier: [], reason: 'no-b' };
  const rel = compareTwo(a, b);
  const want: Relation = direction === 'more' ? 'above' : 'below';
  if (rel === want) return { status: 'true', a, b, earlier: [] };
  if (rel === 'equal') return { status: 'tied', a, b, earlier: [] };
  if (rel === 'close' || rel === 'unknown') return { status: 'undetermined', a, b, earlier: [], reason: 'close' };
  return { status: 'false', a, b, earlier: [] };
}
