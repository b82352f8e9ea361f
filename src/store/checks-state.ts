/**
 * Whether the recorded reconciliation checks describe the data the store holds: they do
 * not when none were recorded, when a source was loaded after the last run, or when the
 * latest run of a check was recorded before checks had Spanish titles (title_es NULL).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from './open.js';

export async function checksBehindData(conn: DuckDBConnection): Promise<boolean> {
  const [r] = await rows<{ behind: boolean }>(
    conn,
    `SELECT (SELECT max(run_at) FROM checks) IS NULL
         OR (SELECT max(run_at) FROM checks) < (SELECT max(loaded_at) FROM vintages)
         OR EXISTS (SELECT 1 FROM checks QUALIFY row_number() OVER (PARTITION BY check_id ORDER BY run_at DESC) = 1 AND title_es IS NULL) AS behind`,
  );
  return r.behind;
}
