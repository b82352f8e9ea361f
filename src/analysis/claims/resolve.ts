/**
 * Turns the periods a claim names into period starts in the grain checked: a bare year
 * is checked as a fiscal and as a calendar year; a year named as the start of a span
 * for a monthly claim ("the most since 2001") ends with that year's last month.
 */
import { UsageError } from '../../errors.js';
import type { PeriodMention } from './parse/periods.js';
import type { Grain } from './types.js';

/** A bare year is a fiscal and a calendar year for a US measure; elsewhere fiscal years are not used. */
export function grainsOf(target: PeriodMention, usMeasure = true): Grain[] {
  if (target.kind === 'month') return ['month'];
  if (target.yearType === 'either') return usMeasure ? ['fy', 'cy'] : ['cy'];
  return [target.yearType];
}

/** The period start of a mention in `grain`; `role` says how a year maps onto months. */
export function periodIn(m: PeriodMention, grain: Grain, role: 'target' | 'since' | 'base'): string {
  if (grain === 'month') {
    if (m.kind === 'month') return m.period;
    if (role === 'base') throw new UsageError(
      'a month is compared with a month: name the month to compare with',
      'un mes se compara con un mes: nombre el mes con el que comparar',
    );
    // "since 2001" for a month: every month after 2001 (or after FY2001) is in the window.
    return m.yearType === 'fy' ? `${m.year}-09-01` : `${m.year}-12-01`;
  }
  if (m.kind === 'month') {
    const y = Number(m.period.slice(0, 4));
    const mo = Number(m.period.slice(5, 7));
    if (grain === 'cy') return `${y}-01-01`;
    return mo >= 10 ? `${y}-10-01` : `${y - 1}-10-01`;
  }
  return grain === 'fy' ? `${m.year - 1}-10-01` : `${m.year}-01-01`;
}
