/**
 * The reader of each vintage (the fingerprint of the corridor code that read its files,
 * src/sources/reader-fingerprint.ts) and which vintages are re-reads: the same files as the
 * source's vintage before, read again because corridor's reader of the source changed (the
 * ingest writes a vintage of unchanged files for no other reason). A store made before reader
 * fingerprints has no `reader` column until it is next opened for writing (schema.ts adds it):
 * read-only (a server, `corridor start`'s look) its vintages all count as read by an unknown reader.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from './open.js';

const known = new WeakMap<DuckDBConnection, boolean>();

/**
 * True when the store's vintages table has the reader column. Asked once a connection: a
 * store opened for writing has it from the start (schema.ts), one opened read-only never gains it.
 */
export async function hasReaderColumn(conn: DuckDBConnection): Promise<boolean> {
  const held = known.get(conn);
  if (held !== undefined) return held;
  const [{ n }] = await rows<{ n: number }>(
    conn,
    "SELECT count(*)::INT AS n FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'vintages' AND column_name = 'reader'",
  );
  known.set(conn, Number(n) > 0);
  return Number(n) > 0;
}

/** The SQL of the vintages with `reader` (NULL where unknown) and `reread_of` (the vintage whose files a re-read read again, else NULL). */
export async function vintagesWithReaders(conn: DuckDBConnection): Promise<string> {
  const reader = (await hasReaderColumn(conn)) ? 'reader' : 'NULL::VARCHAR';
  return `SELECT *, ${reader} AS reader_of,
                 CASE WHEN lag(fingerprint) OVER w = fingerprint THEN lag(id) OVER w END AS reread_of
            FROM vintages WINDOW w AS (PARTITION BY source_id ORDER BY id)`;
}

/** Each source's latest vintage with its reader (null: not recorded). */
export async function latestReaders(conn: DuckDBConnection): Promise<{ source: string; vintage: number; reader: string | null }[]> {
  const found = await rows<{ source: string; vintage: number; reader: string | null }>(
    conn,
    `SELECT source_id AS source, id AS vintage, reader_of AS reader FROM (${await vintagesWithReaders(conn)})
      QUALIFY row_number() OVER (PARTITION BY source_id ORDER BY id DESC) = 1 ORDER BY source_id`,
  );
  return found.map((r) => ({ ...r, vintage: Number(r.vintage) }));
}
