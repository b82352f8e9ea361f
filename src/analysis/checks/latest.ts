/**
 * @module
 * The latest recorded run of each reconciliation check (table `checks`; `corridor
 * check` records a run), with its title and summary in English and Spanish. A run
 * recorded before checks had Spanish words keeps its English in both (the next
 * `corridor ingest`/`start` records the checks again). Fixed SQL, no input.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual } from '../../model/index.js';
import { rows } from '../../store/open.js';
import type { CheckFigures } from './types.js';

export interface CheckRun {
  id: string;
  title: Bilingual;
  status: string;
  run_at: string;
  summary: Bilingual | null;
  /** The figures the summary says, as fields; null for a skipped check or figures of another shape. */
  result: CheckFigures | null;
  figures: Record<string, unknown>;
}

export async function latestChecks(conn: DuckDBConnection): Promise<CheckRun[]> {
  // c.* so that a store made before the title_es column is still read (its rows have none).
  const found = await rows<{ check_id: string; title: string; title_es?: string | null; status: string; at: string; detail_text: string | null }>(
    conn,
    `SELECT c.*, strftime(run_at, '%Y-%m-%d %H:%M:%S') AS at, CAST(detail AS VARCHAR) AS detail_text
       FROM checks c QUALIFY row_number() OVER (PARTITION BY check_id ORDER BY run_at DESC) = 1
      ORDER BY check_id`,
  );
  return found.map((r) => {
    const detail = r.detail_text ? (JSON.parse(r.detail_text) as Record<string, unknown>) : {};
    const { summary, summary_es, ...figures } = detail;
    const en = typeof summary === 'string' ? summary : null;
    const es = typeof summary_es === 'string' ? summary_es : en;
    return {
      id: r.check_id,
      title: { en: r.title, es: r.title_es ?? r.title },
      status: r.status,
      run_at: r.at,
      summary: en === null ? null : { en, es: es ?? en },
      result: resultOf(r.check_id, r.status, figures),
      figures,
    };
  });
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
/** A period recorded as a day ('2003-07-01'), kept to its first ten characters. */
const periodOf = (v: unknown): string | null => (isStr(v) && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
const grainOf = (request: unknown): string | null => (isObj(request) && isStr(request.grain) ? request.grain : null);

/**
 * What overlapCheck, addsUpCheck and crossCheck recorded (their `figures`), as the fields of
 * CheckFigures; null for a skipped check, or figures without the fields (a query that failed).
 */
export function resultOf(id: string, status: string, f: Json): CheckFigures | null {
  if (status === 'skipped') return null;
  if (id.startsWith('overlap/')) {
    const grain = grainOf(f.request);
    if (!grain || !Array.isArray(f.comparisons)) return null;
    const comparisons: Extract<CheckFigures, { kind: 'overlap' }>['comparisons'] = [];
    for (const c of f.comparisons as unknown[]) {
      if (!isObj(c) || !isStr(c.source) || !isNum(c.periods) || !isNum(c.beyondRounding)) return null;
      const w = c.worst;
      const period = isObj(w) ? periodOf(w.period) : null;
      const largest = isObj(w) && period && isNum(w.theirs) && isNum(w.chosen) && isNum(w.diff) && isNum(w.pct) ? { period, value: w.theirs, against_value: w.chosen, diff: w.diff, pct: w.pct } : null;
      if (!isObj(w) || !isStr(w.chosenFrom) || !largest) return null;
      comparisons.push({ source: c.source, against: w.chosenFrom, periods: c.periods, beyond_rounding: c.beyondRounding, largest });
    }
    return { kind: 'overlap', grain, comparisons };
  }
  if (id.startsWith('adds-up/')) {
    const grain = grainOf(f.request);
    if (!grain || !isNum(f.compared) || !isNum(f.beyondRounding) || !isNum(f.maxDiff)) return null;
    const w = f.worst;
    const period = isObj(w) ? periodOf(w.period) : null;
    const largest = isObj(w) && period && isNum(w.sumOfParts) && isNum(w.total) ? { period, parts: w.sumOfParts, total: w.total } : null;
    if (w !== undefined && w !== null && !largest) return null;
    return { kind: 'adds-up', grain, periods: f.compared, beyond_rounding: f.beyondRounding, max_diff: f.maxDiff, largest };
  }
  if (id.startsWith('cross/')) {
    const grain = grainOf(f.reference);
    if (!grain || !isNum(f.compared) || !isNum(f.beyond) || !isNum(f.tolerancePct)) return null;
    const w = f.worst;
    const period = isObj(w) ? periodOf(w.period) : null;
    const largest = isObj(w) && period && isNum(w.other) && isNum(w.reference) && isNum(w.pct) ? { period, other: w.other, reference: w.reference, pct: w.pct } : null;
    if (w !== undefined && w !== null && !largest) return null;
    return { kind: 'cross', grain, periods: f.compared, beyond: f.beyond, tolerance_pct: f.tolerancePct, largest };
  }
  return null;
}
