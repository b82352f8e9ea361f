/**
 * @module
 * A headline figure: the latest complete period of one series, with what the claim
 * engine says about it (its rank, the highest or lowest since when, the change on
 * the period and the year before) and where the figures came from. A newer period
 * that is not complete yet is reported beside it, never as the headline.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { computeStatements, type Statement } from '../../analysis/claims/statements.js';
import type { Bilingual } from '../../analysis/claims/types.js';
import { UsageError } from '../../errors.js';
import { showPeriod } from '../../store/query/periods.js';
import { buildRequest } from '../../store/query/request.js';
import { querySeries, type SeriesRow } from '../../store/query/series.js';
import type { Catalogue } from '../store/catalogue.js';
import type { Lang } from '../store/labels.js';
import { checkKnown } from './answer.js';
import { provenance, type Provenance } from './provenance.js';

export interface HeadlineFigure {
  period: string;
  period_label: string;
  value: number | null;
  complete: boolean;
  parts: number;
  expected_parts: number;
  source: string;
  dataset: string;
  vintage: number;
}

export interface Headline {
  lang: Lang;
  grain: string;
  /** The latest complete period (the latest period when none is complete). */
  latest: HeadlineFigure;
  /** A newer period the sources do not cover in full yet. */
  partial: HeadlineFigure | null;
  statements: { kind: Statement['kind']; text: string; evidence: HeadlineFigure[] }[];
  caveats: string[];
  provenance: Provenance;
}

export interface HeadlineParams {
  measure: string;
  where?: string[];
  grain: 'month' | 'fy' | 'cy';
  lang: Lang;
}

function figure(p: { period: string; grain: string; value: number | null; complete: boolean; parts: number; expectedParts: number; source: string; dataset: string; vintage: number }): HeadlineFigure {
  return {
    period: p.period,
    period_label: showPeriod(p.period, p.grain),
    value: p.value,
    complete: p.complete,
    parts: p.parts,
    expected_parts: p.expectedParts,
    source: p.source,
    dataset: p.dataset,
    vintage: p.vintage,
  };
}

/** The latest complete row, else the latest row. */
export function latestComplete(rows: SeriesRow[]): SeriesRow | undefined {
  const sorted = [...rows].sort((a, b) => a.period.localeCompare(b.period));
  return [...sorted].reverse().find((r) => r.complete && r.value !== null) ?? sorted.at(-1);
}

export async function headline(conn: DuckDBConnection, catalogue: Catalogue, p: HeadlineParams): Promise<Headline> {
  checkKnown(catalogue, p);
  const request = await buildRequest(conn, { measure: p.measure, where: p.where, grain: p.grain });
  const result = await querySeries(conn, request);
  if (new Set(result.rows.map((r) => JSON.stringify(r.keys))).size > 1) throw new UsageError('a headline is about one series: give one value per filter', 'un titular trata de una sola serie: dé un valor por filtro');
  const latest = latestComplete(result.rows);
  if (!latest) {
    const rejected = result.considered.filter((c) => !c.answer).slice(0, 3);
    const list = (es: boolean) => rejected.map((c) => `${c.dataset}: ${es ? c.reason_es ?? c.reason : c.reason}`).join('; ');
    throw new UsageError(
      `the store has no figures for this series${rejected.length ? ` (${list(false)})` : ''}`,
      `el almacén no tiene cifras para esta serie${rejected.length ? ` (${list(true)})` : ''}`,
    );
  }
  const newer = result.rows.filter((r) => r.period > latest.period).at(-1);
  const s = await computeStatements(conn, { measure: p.measure, where: p.where, grain: p.grain, period: latest.period });
  const used = [latest, ...(newer ? [newer] : []), ...s.statements.flatMap((st) => st.evidence)];
  const pick = (b: Bilingual) => b[p.lang];
  return {
    lang: p.lang,
    grain: p.grain,
    latest: figure(latest),
    partial: newer ? figure(newer) : null,
    statements: s.statements.map((st) => ({ kind: st.kind, text: pick(st.text), evidence: st.evidence.map(figure) })),
    caveats: s.caveats.map(pick),
    provenance: provenance(catalogue, p.measure, p.lang, used),
  };
}
