/**
 * Reads a CSV file a user supplies (a shelter registry, a scenario) with DuckDB, every
 * cell as text, the first row as the header. Errors name the file by its base name only.
 */
import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import { InputError } from '../../errors.js';
import { DuckDBInstance } from '@duckdb/node-api';

export interface UserTable {
  file: string;
  header: string[];
  rows: (string | null)[][];
  /** 1-based line of data row i. */
  lineOf(i: number): number;
}

export async function readUserCsv(path: string): Promise<UserTable> {
  const file = basename(path);
  if (!existsSync(path)) throw new InputError({ file }, 'a CSV file', 'no such file', 'missing file');
  // A private in-memory DuckDB reads the file; the store is never touched.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const scratch = await instance.connect();
  try {
    let all: (string | null)[][];
    try {
      const reader = await scratch.runAndReadAll(
        `SELECT * FROM read_csv(?, header = false, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true, skip = 0)`,
        [path],
      );
      all = reader.getRows().map((r) => r.map((v) => (v === null ? null : String(v).trim())));
    } catch (e) {
      throw new InputError({ file }, 'a comma-separated UTF-8 CSV file with a header row', (e as Error).message.split('\n')[0], 'unreadable file');
    }
    if (all.length < 2) throw new InputError({ file, row: all.length + 1 }, 'a header row and at least one data row', 'the end of the file', 'no data');
    const header = all[0].map((h) => (h ?? '').replace(/^\uFEFF/, '').trim().toLowerCase());
    return { file, header, rows: all.slice(1), lineOf: (i) => i + 2 };
  } finally {
    scratch.closeSync();
    instance.closeSync();
  }
}
