/**
 * What a newer vintage of a source changed: cells added, removed and revised,
 * per table, with the largest revisions.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DIMENSIONS } from '../model/index.js';
import { rows } from './open.js';

export interface VintageDiff {
  source: string;
  older: number;
  newer: number;
  tables: { dataset: string; added: number; removed: number; revised: number; unchanged: number }[];
  largest: { dataset: string; period: string; cell: string; before: number | null; after: number | null }[];
}

const KEY = ['dataset_id', 'period', ...DIMENSIONS];

export async function diffLatestVintages(conn: DuckDBConnection, source: string): Promise<VintageDiff | undefined> {
  const v = await rows<{ id: number }>(conn, 'SELECT id FROM vintages WHERE source_id = ? ORDER BY id DESC LIMIT 2', [source]);
  if (v.length < 2) return undefined;
  const [newer, older] = [v[0].id, v[1].id];
  const joined = `
    WITH a AS (SELECT * FROM observations WHERE vintage_id = ${older}),
         b AS (SELECT * FROM observations WHERE vintage_id = ${newer}),
         j AS (SELECT coalesce(a.dataset_id, b.dataset_id) AS dataset, coalesce(a.period, b.period) AS period,
                      concat_ws('|', ${DIMENSIONS.map((d) => `coalesce(a.${d}, b.${d})`).join(', ')}) AS cell,
                      a.value AS before, b.value AS after, a.vintage_id IS NOT NULL AS in_a, b.vintage_id IS NOT NULL AS in_b
                 FROM a FULL OUTER JOIN b USING (${KEY.join(', ')}))`;
  const tables = await rows<VintageDiff['tables'][number]>(
    conn,
    `${joined} SELECT dataset,
        count(*) FILTER (WHERE in_b AND NOT in_a) AS added, count(*) FILTER (WHERE in_a AND NOT in_b) AS removed,
        count(*) FILTER (WHERE in_a AND in_b AND before IS DISTINCT FROM after) AS revised,
        count(*) FILTER (WHERE in_a AND in_b AND before IS NOT DISTINCT FROM after) AS unchanged
      FROM j GROUP BY dataset ORDER BY dataset`,
  );
  const largest = await rows<VintageDiff['largest'][number]>(
    conn,
    `${joined} SELECT dataset, strftime(period, '%Y-%m-%d') AS period, cell, before, after FROM j
      WHERE before IS DISTINCT FROM after ORDER BY abs(coalesce(after, 0) - coalesce(before, 0)) DESC LIMIT 20`,
  );
  return { source, older, newer, tables, largest };
}
