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

export interface CheckRun {
  id: string;
  title: Bilingual;
  status: string;
  run_at: string;
  summary: Bilingual | null;
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
      figures,
    };
  });
}
