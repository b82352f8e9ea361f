/**
 * Structural breaks in the corridor's flows: known policy dates, plus changepoints
 * found in the data by augurs' Bayesian online changepoint detector.
 *
 * A break is identified by the first month of the new regime (`start`). For a policy
 * that took effect mid-month the month it took effect is mixed, and the new regime
 * starts the month after: Title 42 began on 20 March 2020, so its regime starts in
 * April 2020. Changepoints found in the data within `MERGE_MONTHS` of a known policy
 * date are taken to be that policy's break.
 */
import { bocpdChangepoints } from './augurs.js';
import { monthIndex, monthLabel } from './months.js';

export interface PolicyBreak {
  /** The month the policy took effect, 'YYYY-MM'. */
  effective: string;
  /** First month wholly under the new regime. */
  start: string;
  label: string;
  why: string;
}

/** Known policy dates that changed how many people are encountered and how they are counted. */
export const POLICY_BREAKS: readonly PolicyBreak[] = [
  {
    effective: '2020-03',
    start: '2020-04',
    label: 'Title 42 expulsions begin',
    why: 'CDC order of 20 March 2020: most people encountered are expelled under Title 42 at once; repeat crossings rise and encounters count events, not people.',
  },
  {
    effective: '2023-05',
    start: '2023-06',
    label: 'Title 42 ends',
    why: 'The Title 42 order lapsed on 11 May 2023; the Circumvention of Lawful Pathways rule and CBP One appointments at ports of entry replaced it.',
  },
  {
    effective: '2025-01',
    start: '2025-02',
    label: 'January 2025 US border measures',
    why: 'Executive orders and a proclamation of 20 January 2025 (border emergency, CBP One appointments cancelled, Remain in Mexico restarted, asylum access suspended): southwest border encounters fell by about 90% within a month.',
  },
];

/** A detected changepoint this close (in months) to a policy date is attributed to it. */
export const MERGE_MONTHS = 2;

export interface Break {
  /** First month of the new regime, 'YYYY-MM'. */
  start: string;
  kind: 'policy' | 'detected';
  label: string;
}

export interface BreakOptions {
  /** Look for changepoints in the data as well as the policy dates (default true). */
  detect?: boolean;
  /** Expected months between changes for the detector (default 250, augurs' default). */
  hazardLambda?: number;
  /** Months at the end of the series the detector looks at (default DETECTION_MONTHS). */
  detectionMonths?: number;
  /** The policy dates to use (default POLICY_BREAKS; benches try other lists). */
  policy?: readonly PolicyBreak[];
}

/**
 * The detector looks at the last ten years only: its cost grows with the square of the
 * length, and a break further back never starts a training window that needs two years.
 */
export const DETECTION_MONTHS = 120;

/**
 * Breaks in a monthly series that starts at `start` (values in month order; only the
 * data given is used, so a back-test that passes the data up to its origin sees no
 * later data). Policy breaks are those whose new regime starts after the first month
 * and no later than the last. Detection runs on log(1 + y), standardised.
 */
export function findBreaks(start: string, y: readonly number[], opts: BreakOptions = {}): Break[] {
  const first = monthIndex(start);
  const last = first + y.length - 1;
  const policy = opts.policy ?? POLICY_BREAKS;
  const breaks: Break[] = policy.filter((p) => monthIndex(p.start) > first && monthIndex(p.start) <= last).map((p) => ({
    start: p.start,
    kind: 'policy' as const,
    label: p.label,
  }));
  if (opts.detect !== false && y.length >= 12) {
    const skip = Math.max(0, y.length - (opts.detectionMonths ?? DETECTION_MONTHS));
    for (const i of bocpdChangepoints(standardisedLog(y.slice(skip)), opts.hazardLambda)) {
      const at = first + skip + i;
      const near = policy.some((p) => Math.abs(monthIndex(p.effective) - at) <= MERGE_MONTHS || Math.abs(monthIndex(p.start) - at) <= MERGE_MONTHS);
      if (!near) breaks.push({ start: monthLabel(at), kind: 'detected', label: `changepoint detected in the data (${monthLabel(at)})` });
    }
  }
  return breaks.sort((a, b) => monthIndex(a.start) - monthIndex(b.start));
}

function standardisedLog(y: readonly number[]): number[] {
  const logged = y.map((v) => Math.log1p(Math.max(0, v)));
  const mean = logged.reduce((s, v) => s + v, 0) / logged.length;
  const sd = Math.sqrt(logged.reduce((s, v) => s + (v - mean) ** 2, 0) / logged.length);
  return logged.map((v) => (sd > 0 ? (v - mean) / sd : 0));
}

/** The policy break, if any, whose regime starts in `month`. */
export function policyBreakStarting(month: string): PolicyBreak | undefined {
  return POLICY_BREAKS.find((p) => p.start === month);
}

