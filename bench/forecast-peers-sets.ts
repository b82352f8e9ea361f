/**
 * The series and the sets of rolling origins bench/forecast-peers.ts compares corridor
 * and R's forecast package on (issue 13), chosen before any result was seen:
 * - "2006-2024, every 12 months": origins spread over two decades of Border Patrol data
 *   (the series that start in FY2014 use the part of the span they cover);
 * - "2016-2025, every 6 months": the years every southwest series covers;
 * - "post-2020, every 4 months": only origins after Title 42 began (April 2020).
 * The series are listed in the order R runs them (the main ones first), so that a run of R
 * cut short still covers them.
 * An origin is the last month of training data; horizons 1-12 are scored where the outcome
 * is known. Every origin leaves at least 36 months of history.
 */
import { addMonths, monthIndex } from '../src/analysis/forecast/months.js';
import type { MonthlySeries } from '../src/analysis/forecast/series.js';

export const PEER_SERIES: { label: string; where: string[] }[] = [
  { label: 'Border Patrol SW', where: ['component=USBP', 'geography=US-SWB'] },
  { label: 'All CBP SW', where: ['geography=US-SWB'] },
  { label: 'OFO SW', where: ['component=OFO', 'geography=US-SWB'] },
  { label: 'SW Mexico', where: ['citizenship=MEX', 'geography=US-SWB'] },
  { label: 'SW single adults', where: ['demographic=SA', 'geography=US-SWB'] },
  { label: 'SW family units', where: ['demographic=FMUA', 'geography=US-SWB'] },
  { label: 'SW unaccompanied children', where: ['demographic=UC', 'geography=US-SWB'] },
  { label: 'SW Guatemala', where: ['citizenship=GTM', 'geography=US-SWB'] },
  { label: 'SW Honduras', where: ['citizenship=HND', 'geography=US-SWB'] },
  { label: 'SW El Salvador', where: ['citizenship=SLV', 'geography=US-SWB'] },
];

export const ORIGIN_SETS: { id: string; label: string; from: string; to: string; step: number }[] = [
  { id: 'spread', label: '2006-2024, every 12 months', from: '2006-01', to: '2024-01', step: 12 },
  { id: 'recent', label: '2016-2025, every 6 months', from: '2016-07', to: '2025-07', step: 6 },
  { id: 'post2020', label: 'post-2020, every 4 months', from: '2020-06', to: '2026-02', step: 4 },
];

export const MIN_HISTORY = 36;

/** The origins of a set that a series can be forecast from (history >= MIN_HISTORY, at least one outcome known). */
export function originsOf(series: Pick<MonthlySeries, 'start' | 'values'>, set: (typeof ORIGIN_SETS)[number]): string[] {
  const first = monthIndex(series.start) + MIN_HISTORY - 1;
  const last = monthIndex(series.start) + series.values.length - 2;
  const out: string[] = [];
  for (let o = set.from; monthIndex(o) <= monthIndex(set.to); o = addMonths(o, set.step)) {
    if (monthIndex(o) >= first && monthIndex(o) <= last) out.push(o);
  }
  return out;
}
