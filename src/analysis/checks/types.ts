import type { Bilingual } from '../../model/index.js';

export type CheckStatus = 'pass' | 'differs' | 'fail' | 'skipped';

export interface CheckResult {
  id: string;
  title: Bilingual;
  status: CheckStatus;
  /** One line with the figures behind the status (parts joined by '; '), in both languages. */
  summary: Bilingual;
  /** Periods compared, differences, worst cases... */
  figures: Record<string, unknown>;
}

/** Allowed gap between a sum of rounded cells and a published rounded total. */
export function roundingTolerance(rounding: number, cells: number): number {
  return rounding <= 1 ? 0 : (rounding / 2) * (cells + 1);
}

/**
 * The figures behind a check's status as fields, read from what the check recorded (its
 * `figures`): the dashboard words them in the page's language (periods at their grain, numbers
 * with the language's separators), where the summary is prose for the command line.
 */
export type CheckFigures =
  | {
      kind: 'overlap';
      grain: string;
      comparisons: {
        source: string;
        /** The source a default query chose, compared with at the largest difference. */
        against: string;
        periods: number;
        beyond_rounding: number;
        largest: { period: string; value: number; against_value: number; diff: number; pct: number } | null;
      }[];
    }
  | { kind: 'adds-up'; grain: string; periods: number; beyond_rounding: number; max_diff: number; largest: { period: string; parts: number; total: number } | null }
  | { kind: 'cross'; grain: string; periods: number; beyond: number; tolerance_pct: number; largest: { period: string; other: number; reference: number; pct: number } | null };
