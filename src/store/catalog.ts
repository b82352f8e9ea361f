/**
 * What the store holds: sources with their vintages and files, measures, dimension members.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual, Dimension } from '../model/index.js';
import { duckdb, rows } from './open.js';
import type { StoredFile } from './file-provenance.js';
import { vintagesWithReaders } from './vintage-readers.js';

export interface SourceSummary {
  id: string;
  title_en: string;
  title_es: string;
  /** English; the Spanish beside it (absent in a store made before it, NULL until the source is loaded again). */
  publisher: string;
  publisher_es?: string | null;
  landing_page: string;
  licence: string;
  licence_es?: string | null;
  coverage: string;
  coverage_es?: string | null;
  third_party: boolean;
  provisional: boolean;
  vintages: number;
  latest_vintage: number;
  /** The latest vintage is a re-read of this vintage's files (the same files, read again because corridor's reader of the source changed); null otherwise. */
  latest_reread_of: number | null;
  /** The reader fingerprint that read the latest vintage (src/sources/reader-fingerprint.ts); null when not recorded. */
  latest_reader: string | null;
  observations: number;
  first_period: string | null;
  last_period: string | null;
  loaded_at: string;
}

export async function listSources(conn: DuckDBConnection): Promise<SourceSummary[]> {
  return rows<SourceSummary>(
    conn,
    `WITH latest AS (SELECT source_id, max(id) AS id, count(*) AS n FROM vintages GROUP BY source_id)
     SELECT s.*, l.n AS vintages, l.id AS latest_vintage, v.reread_of AS latest_reread_of, v.reader_of AS latest_reader, v.observations,
            strftime(v.loaded_at, '%Y-%m-%d %H:%M:%S') AS loaded_at,
            strftime(r.first, '%Y-%m-%d') AS first_period, strftime(r.last, '%Y-%m-%d') AS last_period
       FROM sources s JOIN latest l ON l.source_id = s.id JOIN (${await vintagesWithReaders(conn)}) v ON v.id = l.id
       -- Each vintage's range from dataset_members (every observation has a place), not by
       -- reading the observations: a server's start reads this, and it must not grow with them.
       LEFT JOIN (SELECT vintage_id, min(first_period) AS first, max(last_period) AS last
                    FROM dataset_members WHERE dimension = 'geography' GROUP BY vintage_id) r ON r.vintage_id = l.id
      ORDER BY s.id`,
  );
}

/** A source's publisher, licence or coverage in both languages (the English where the store has no Spanish yet). */
export function sourceText(s: SourceSummary, field: 'publisher' | 'licence' | 'coverage'): Bilingual {
  return { en: s[field], es: s[`${field}_es`] ?? s[field] };
}

export async function listFiles(conn: DuckDBConnection, sourceId?: string) {
  // f.*: the original_* columns where the store has them (file-provenance.ts reads both kinds of row).
  return rows<StoredFile & { source_id: string; vintage_id: number; bytes: number }>(
    conn,
    `SELECT v.source_id, f.* FROM files f JOIN vintages v ON v.id = f.vintage_id
      WHERE (? IS NULL OR v.source_id = ?) ORDER BY v.source_id, f.vintage_id, f.file_id`,
    [sourceId ?? null, sourceId ?? null],
  );
}

export async function listMeasures(conn: DuckDBConnection) {
  return rows<{ id: string; label_en: string; label_es: string; definition_en: string; definition_es: string; unit: string; sources: string[] }>(
    conn,
    `SELECT m.*, list(DISTINCT d.source_id ORDER BY d.source_id) FILTER (WHERE d.source_id IS NOT NULL) AS sources
       FROM measures m LEFT JOIN datasets d ON d.measure = m.id GROUP BY ALL ORDER BY m.id`,
  );
}

export async function listMembers(conn: DuckDBConnection, dim: Dimension) {
  if (dim === 'geography') return rows(conn, 'SELECT code, level, label_en, label_es, parent, lat, lon FROM places ORDER BY code');
  if (dim === 'citizenship') return rows(conn, 'SELECT code, label_en, label_es, is_group FROM countries ORDER BY code');
  return rows(conn, 'SELECT code, label_en, label_es, definition_en, definition_es FROM members WHERE dimension = ? ORDER BY code', [dim]);
}

/** The English and Spanish labels of some codes of a dimension (only those: a printed table names a few of thousands). */
export async function labelsOf(conn: DuckDBConnection, dim: Dimension, codes: string[]) {
  if (codes.length === 0) return [];
  const table = dim === 'geography' ? 'places' : dim === 'citizenship' ? 'countries' : 'members';
  const [only, params] = table === 'members' ? ['AND dimension = ?', [dim]] : ['', []];
  return rows<{ code: string; label_en: string | null; label_es: string | null }>(
    conn,
    `SELECT code, label_en, label_es FROM ${table} WHERE code IN (SELECT unnest(?::VARCHAR[])) ${only} ORDER BY code`,
    [duckdb().listValue(codes), ...params],
  );
}

export async function isEmpty(conn: DuckDBConnection): Promise<boolean> {
  const [{ n }] = await rows<{ n: number }>(conn, 'SELECT count(*) AS n FROM vintages');
  return n === 0;
}
