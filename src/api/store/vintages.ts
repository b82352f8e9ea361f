/**
 * @module
 * The store's vintage list and its digest. Any load that changes a source adds a
 * vintage, so the digest names one state of the store's data: ETags and the
 * in-memory caches are keyed by it. Fixed SQL, no input.
 */
import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import { vintagesWithReaders } from '../../store/vintage-readers.js';

export interface VintageRow {
  id: number;
  source: string;
  fingerprint: string;
  loaded_at: string;
  observations: number;
  /** The reader fingerprint that read the files (src/sources/reader-fingerprint.ts); null when not recorded. */
  reader: string | null;
  /** A re-read: the vintage whose very files this one read again, because corridor's reader of the source changed; else null. */
  reread_of: number | null;
}

export async function readVintages(conn: DuckDBConnection): Promise<VintageRow[]> {
  return rows<VintageRow>(
    conn,
    `SELECT id, source_id AS source, fingerprint, strftime(loaded_at, '%Y-%m-%d %H:%M:%S') AS loaded_at, observations,
            reader_of AS reader, reread_of
       FROM (${await vintagesWithReaders(conn)}) ORDER BY id`,
  );
}

/** 16 hex digits naming the vintage list (ids, sources and file fingerprints). */
export function versionOf(vintages: VintageRow[]): string {
  const text = vintages.map((v) => `${v.id} ${v.source} ${v.fingerprint}`).join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The latest vintage of each source, by source id. */
export function latestVintages(vintages: VintageRow[]): { source: string; vintage: number }[] {
  const latest = new Map<string, number>();
  for (const v of vintages) latest.set(v.source, Math.max(latest.get(v.source) ?? 0, v.id));
  return [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([source, vintage]) => ({ source, vintage }));
}
