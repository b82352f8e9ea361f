/**
 * @module
 * The latest recorded run of each reconciliation check (table `checks`; `corridor
 * check` records a run). Fixed SQL, no input.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';

export interface CheckRun {
  id: string;
  title: string;
  status: string;
  run_at: string;
  summary: string | null;
  figures: Record<string, unknown>;
}

export async function latestChecks(conn: DuckDBConnection): Promise<CheckRun[]> {
  const found = await rows<{ id: string; title: string; status: string; run_at: string; detail: string | null }>(
    conn,
    `SELECT check_id AS id, title, status, strftime(run_at, '%Y-%m-%d %H:%M:%S') AS run_at, CAST(detail AS VARCHAR) AS detail
       FROM checks QUALIFY row_number() OVER (PARTITION BY check_id ORDER BY run_at DESC) = 1
      ORDER BY check_id`,
  );
  return found.map((r) => {
    const detail = r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {};
    const { summary, ...figures } = detail;
    return { id: r.id, title: r.title, status: r.status, run_at: r.run_at, summary: typeof summary === 'string' ? summary : null, figures };
  });
}
