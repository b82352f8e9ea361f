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
