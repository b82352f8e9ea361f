/**
 * The DuckDB connection adapters use to read CSV and JSON (never the store's tables).
 * During an ingest it is a connection of the store's own database with an in-memory
 * catalog attached as its default: tables an adapter makes there (cells aggregated in
 * DuckDB) can then be copied into the store by one INSERT ... SELECT, without passing
 * through JavaScript. Without a store (tests), it is a database of its own, in memory.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { duckdb, type Store } from '../store/open.js';

export interface Scratch {
  scratch: DuckDBConnection;
  /** A table of the scratch's default catalog, named so any connection of its database finds it. */
  qualified(table: string): string;
  /** Drops what the parse left in the scratch; awaited during an ingest. */
  close(): Promise<void>;
}

let attached = 0;

export async function openScratch(store?: Store): Promise<Scratch> {
  if (!store) {
    const { DuckDBInstance } = duckdb();
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const scratch = await instance.connect();
    return {
      scratch,
      qualified: (table) => `memory.main.${table}`,
      close: async () => {
        scratch.closeSync();
        instance.closeSync();
      },
    };
  }
  const scratch = await store.connect();
  const home = String((await scratch.runAndReadAll('SELECT current_database()')).getRows()[0][0]);
  const catalog = `corridor_scratch_${++attached}`;
  await scratch.run(`ATTACH ':memory:' AS ${catalog}`);
  await scratch.run(`USE ${catalog}`);
  return {
    scratch,
    qualified: (table) => `${catalog}.main.${table}`,
    close: async () => {
      try {
        await scratch.run(`USE "${home.replace(/"/g, '""')}"`);
        await scratch.run(`DETACH DATABASE IF EXISTS ${catalog}`);
      } finally {
        scratch.closeSync();
      }
    },
  };
}
