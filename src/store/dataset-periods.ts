/**
 * The periods each table reports in a vintage, kept beside dataset_members so that what a
 * query plans with is read from small tables, never by scanning the observations: a
 * server's start then costs the same whatever the store's size (query/catalogue.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';

const PERIODS_OF = (where: string) => `
  INSERT INTO dataset_periods
  SELECT vintage_id, dataset_id, list(p ORDER BY p)
    FROM (SELECT DISTINCT vintage_id, dataset_id, strftime(period, '%Y-%m-%d') AS p FROM observations WHERE ${where})
   GROUP BY vintage_id, dataset_id`;

/** Writes the periods of one vintage's tables (in the writer's transaction). */
export async function writeDatasetPeriods(conn: DuckDBConnection, vintage: number): Promise<void> {
  // Rows left by a vintage of the same number removed by hand (there is no other way to remove one).
  await conn.run(`DELETE FROM dataset_periods WHERE vintage_id = ${Number(vintage)}`);
  await conn.run(PERIODS_OF(`vintage_id = ${Number(vintage)}`));
}

/** Marks in `meta` that every vintage's periods are in dataset_periods. */
const DONE = 'dataset_periods';

/**
 * A store written before dataset_periods existed gets it filled in once, by the first
 * command that writes it (openStore for writing): one scan of the observations, then
 * never again. A store only read keeps working: the catalogue reads the periods of a
 * table that has none here from the observations (query/catalogue.ts).
 */
export async function completeDatasetPeriods(conn: DuckDBConnection): Promise<void> {
  // (No rows() helper here: open.ts calls this, and importing it back would be a loop.)
  if ((await conn.runAndReadAll(`SELECT 1 FROM meta WHERE key = '${DONE}'`)).currentRowCount > 0) return;
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(PERIODS_OF('vintage_id NOT IN (SELECT DISTINCT vintage_id FROM dataset_periods)'));
    await conn.run(`INSERT INTO meta VALUES ('${DONE}', 'complete')`);
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
}
