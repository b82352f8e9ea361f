/**
 * Share of a total: a part (one nationality, one demographic, Border Patrol, Title 42)
 * over the total it belongs to, in the same period. The total comes from the part's own
 * table when that table has one (a nationality over the sum of every nationality in the
 * same table), else from another table of the same source, else from another source's
 * table: then the shares against every other total that differs beyond rounding are
 * worked out too, and a verdict they do not all give is hedged (verdict.ts). Both figures
 * must be complete alike.
 */
import { judgePoints, type Stated } from './quantity.js';
import type { Point, Status } from './types.js';
import { acrossSources, differs } from './verdict.js';

export interface ShareResult {
  status: 'true' | 'false' | 'partly' | 'undetermined';
  part?: Point;
  total?: Point;
  percent?: number;
  reason?: 'no-part' | 'no-total' | 'suppressed' | 'incomplete' | 'zero-total';
  /** Where the total came from: the part's own table, another table of its source, or another source (the part's has no total). */
  totalFrom?: 'table' | 'source' | 'other';
  /** Totals of other tables for the period that differ beyond rounding from the one used, with the share against each. */
  otherTotals?: { total: Point; percent: number; status: Status }[];
}

/** The total to divide by: the part's own table's, else its source's, else the first given (the store's default). */
function pickTotal(part: Point, totals: Point[]): { total?: Point; from?: ShareResult['totalFrom'] } {
  const table = totals.find((t) => t.dataset === part.dataset && t.vintage === part.vintage);
  if (table) return { total: table, from: 'table' };
  const source = totals.find((t) => t.source === part.source);
  if (source) return { total: source, from: 'source' };
  return { total: totals[0], from: totals.length ? 'other' : undefined };
}

/**
 * `totals`: the total of the period as each table that has it gives it, the store's default
 * first; one figure is taken as it is.
 */
export function shareOf(part: Point | undefined, totals: Point | (Point | undefined)[] | undefined, stated?: Stated): ShareResult {
  const list = (Array.isArray(totals) ? totals : [totals]).filter((t): t is Point => Boolean(t));
  if (!part) return { status: 'undetermined', total: list[0], reason: 'no-part', otherTotals: [] };
  const { total, from } = pickTotal(part, list);
  if (!total) return { status: 'undetermined', part, reason: 'no-total', otherTotals: [] };
  const otherTotals: NonNullable<ShareResult['otherTotals']> = [];
  const base = { part, total, totalFrom: from, otherTotals };
  if (part.value === null || total.value === null) return { ...base, status: 'undetermined', reason: 'suppressed' };
  if (total.value === 0) return { ...base, status: 'undetermined', reason: 'zero-total' };
  const percent = (part.value / total.value) * 100;
  // An incomplete period is fine only when both figures cover the same months of it.
  if ((!part.complete || !total.complete) && !(part.parts === total.parts && part.dataset === total.dataset)) {
    return { ...base, status: 'undetermined', percent, reason: 'incomplete' };
  }
  const judge = (p: number): Status => (stated ? judgePoints(p, stated) : 'true');
  const seen = new Set([`${total.dataset}|${total.vintage}`]);
  for (const t of list) {
    const key = `${t.dataset}|${t.vintage}`;
    if (seen.has(key) || t.value === null || t.value === 0 || !differs(t, total)) continue;
    seen.add(key);
    const p = (part.value / t.value) * 100;
    otherTotals.push({ total: t, percent: p, status: judge(p) });
  }
  const status = judge(percent);
  // A part over another table's total: the verdict holds only if every total gives it.
  const hedged = from === 'other' ? acrossSources(status, otherTotals.map((o) => o.status)) : status;
  return { ...base, status: hedged as ShareResult['status'], percent };
}
