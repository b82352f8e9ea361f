/**
 * The place hierarchy in memory (place_ancestors: each place with itself and all its
 * ancestors), for a server that answers without statements (see catalogue.ts). Read in
 * one statement of two columns.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Each place's ancestors, itself included, as the store lists them (a row listed twice counts twice). */
export type Ancestors = Map<string, string[]>;

export async function readAncestors(conn: DuckDBConnection): Promise<Ancestors> {
  // Rows, not columns: an empty store gives no column vectors at all.
  const pairs = (await conn.runAndReadAll('SELECT code, ancestor FROM place_ancestors')).getRowsJS() as [string, string][];
  const out: Ancestors = new Map();
  for (const [code, ancestor] of pairs) {
    const list = out.get(code);
    if (list) list.push(ancestor);
    else out.set(code, [ancestor]);
  }
  return out;
}
