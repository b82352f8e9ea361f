/**
 * @module
 * Writes flat records to Parquet with DuckDB: the values go into a temporary table
 * of a private in-memory database through the appender (never into SQL text), the
 * table is copied to a file in a fresh temporary folder, and the bytes are read
 * back and the folder removed. Column names come from the API's own list.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FlatTable } from './records.js';

const SQL_TYPE = { text: 'VARCHAR', number: 'DOUBLE', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'VARCHAR' } as const;
const COLUMN_NAME = /^[a-z_]+$/;

let scratch: Promise<DuckDBInstance> | undefined;

/**
 * `metadata`: key-value pairs written in the file's footer (Parquet key-value metadata), so a
 * saved file keeps what the response's headers said: the request, its notices, its provenance.
 * Keys and values are SQL string literals with their quotes doubled.
 */
export async function toParquet(table: FlatTable, metadata: Record<string, string> = {}): Promise<Uint8Array<ArrayBuffer>> {
  for (const c of table.columns) if (!COLUMN_NAME.test(c.name)) throw new Error(`unexpected export column ${c.name}`);
  scratch ??= DuckDBInstance.create(':memory:');
  const conn = await (await scratch).connect();
  const dir = await mkdtemp(join(tmpdir(), 'corridor-export-'));
  try {
    await conn.run(`CREATE TEMP TABLE export_rows (${table.columns.map((c) => `"${c.name}" ${SQL_TYPE[c.type]}`).join(', ')})`);
    const appender = await conn.createAppender('export_rows', 'main', 'temp');
    for (const r of table.records) {
      for (const c of table.columns) {
        const v = r[c.name];
        if (v === null || v === undefined) appender.appendNull();
        else if (c.type === 'number') appender.appendDouble(Number(v));
        else if (c.type === 'integer') appender.appendBigInt(BigInt(Math.trunc(Number(v))));
        else if (c.type === 'boolean') appender.appendBoolean(Boolean(v));
        else appender.appendVarchar(String(v));
      }
      appender.endRow();
    }
    appender.flushSync();
    appender.closeSync();
    const file = join(dir, 'series.parquet');
    // Days are appended as text (YYYY-MM-DD) and written as DATE: the period and a stock's as_of.
    const cols = table.columns.map((c) => (c.type === 'date' ? `CAST("${c.name}" AS DATE) AS "${c.name}"` : `"${c.name}"`)).join(', ');
    const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
    const kv = Object.entries(metadata);
    const options = kv.length ? `, KV_METADATA {${kv.map(([k, v]) => `${quote(k)}: ${quote(v)}`).join(', ')}}` : '';
    await conn.run(`COPY (SELECT ${cols} FROM export_rows) TO ${quote(file)} (FORMAT parquet${options})`);
    const bytes = await readFile(file);
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } finally {
    conn.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}
