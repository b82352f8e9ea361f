/**
 * "Topped 200,000 for the first time (since 2000)": the period must pass the threshold
 * and no earlier period (since the one named, or in the whole record) may have passed it.
 * An earlier period that passed it makes the claim false; a gap or an incomplete period
 * in the window leaves it undetermined; the last earlier period that passed it is named.
 */
import { periodFromIndex, periodIndex } from './periods.js';
import { judge, type Stated } from './quantity.js';
import type { Grain, Point } from './types.js';

export interface FirstResult {
  status: 'true' | 'false' | 'partly' | 'undetermined';
  target?: Point;
  /** Earlier periods in the window over the threshold. */
  earlier: Point[];
  missing: string[];
  /** The last period before the window over the threshold ("the first time since ..."). */
  lastBefore?: Point;
  seriesStart?: string;
  reason?: 'no-figure' | 'below' | 'incomplete';
}

export function firstTime(points: Point[], period: string, grain: Grain, stated: Stated, since?: string): FirstResult {
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  const target = sorted.find((p) => p.period === period);
  const base: FirstResult = { status: 'undetermined', earlier: [], missing: [], seriesStart: sorted[0]?.period };
  if (!target || target.value === null) return { ...base, reason: 'no-figure' };
  const passes = judge(target.value, stated);
  if (passes !== 'true') return { ...base, target, status: target.complete || passes === 'partly' ? passes : 'undetermined', reason: 'below' };
  const t = periodIndex(period, grain);
  const first = since ? periodIndex(since, grain) + 1 : sorted.length ? periodIndex(sorted[0].period, grain) : t;
  const byIndex = new Map(sorted.map((p) => [periodIndex(p.period, grain), p]));
  const out: FirstResult = { ...base, target };
  for (let i = first; i < t; i++) {
    const p = byIndex.get(i);
    if (!p || p.value === null) out.missing.push(periodFromIndex(i, grain));
    else if (p.value > stated.value) out.earlier.push(p);
  }
  out.lastBefore = [...sorted].reverse().find((p) => periodIndex(p.period, grain) < first && p.value !== null && p.value > stated.value);
  out.status = out.earlier.length ? 'false' : out.missing.length ? 'undetermined' : 'true';
  return out;
}
