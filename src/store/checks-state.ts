/**
 * Whether the recorded reconciliation checks describe the data the store holds: they do
 * not when none were recorded, or when a source was loaded after the last run.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from './open.js';

export async function checksBehindData(conn: DuckDBConnection): Promise<boolean> {
  const [r] = await rows<{ behind: boolean }>(
    conn,
    `SELECT (SELECT max(run_at) FROM checks) IS NULL
         OR (SELECT max(run_at) FROM checks) < (SELECT max(loaded_at) FROM vintages) AS behind`,
  );
  return r.behind;
}
