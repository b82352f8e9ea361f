/**
 * The shape of an answer: one row per period (and per reported code), naming the
 * source, table and vintage it came from.
 */
import type { Dimension } from '../../model/index.js';
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
}

export interface SeriesResult {
  request: SeriesRequest;
  rows: SeriesRow[];
  /** Tables that could answer, in precedence order, and why the others could not. */
  considered: { dataset: string; source: string; vintage: number; answer: boolean; reason?: string; /** The reason in Spanish. */ reason_es?: string }[];
}
