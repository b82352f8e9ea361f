/**
 * The shape of an answer: one row per period (and per reported code), naming the
 * source, table and vintage it came from.
 */
import type { Dimension } from '../../model/index.js';
import type { Notice } from './periods.js';
import type { SeriesRequest } from './plan.js';

export interface SeriesRow {
  period: string;
  grain: string;
  keys: Partial<Record<Dimension, string>>;
  value: number | null;
  /** False when a rolled-up period lacks some of its months (or days), or is a published year to date. */
  complete: boolean;
  /** Months (or days) the table reports in this period, of `expectedParts`: the completeness behind `complete`. */
  parts: number;
  expectedParts: number;
  source: string;
  dataset: string;
  vintage: number;
  /** Publisher rounding of each summed cell. */
  rounding: number;
  cells: number;
  /**
   * A stock (a level, never summed over time): the first day of the sub-period its level is
   * taken from, the last one reported in the period (a running total on 2021-08-03 answers for
   * August 2021 and for 2021). Absent for flows.
   */
  asOf?: string;
}

export interface SeriesResult {
  /** The request as the store read it (its notices are in `notices`). */
  request: SeriesRequest;
  /** What the person must be told about how the request was read (a range widened to whole periods), in English and Spanish. */
  notices: Notice[];
  rows: SeriesRow[];
  /** Tables that could answer, in precedence order, and why the others could not. */
  considered: { dataset: string; source: string; vintage: number; answer: boolean; reason?: string; /** The reason in Spanish. */ reason_es?: string }[];
}
