/**
 * The place hierarchy in memory (place_ancestors: each place with itself and all its
 * ancestors), for a server that answers without statements (see catalogue.ts). Read in
 * one statement of two columns.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Each place's ancestors, itself included, as the store lists them (a row listed twice counts twice). */
export type Ancestors = Map<string, string[]>;

export async function readAncestors(conn: DuckDBConnection): Promise<Ancestors> {
  const [codes, ancestors] = (await conn.runAndReadAll('SELECT code, ancestor FROM place_ancestors')).getColumnsJS() as [string[], string[]];
  const out: Ancestors = new Map();
  codes.forEach((code, i) => {
    const list = out.get(code);
    if (list) list.push(ancestors[i]);
    else out.set(code, [ancestors[i]]);
  });
  return out;
}
