/**
 * The in-memory DuckDB that adapters use to read CSV and JSON (never the store).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdb } from '../store/open.js';

export async function openScratch(): Promise<{ scratch: DuckDBConnection; close: () => void }> {
  const { DuckDBInstance } = duckdb();
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const scratch = await instance.connect();
  return {
    scratch,
    close: () => {
      scratch.closeSync();
      instance.closeSync();
    },
  };
}
