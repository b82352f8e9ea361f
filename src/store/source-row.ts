/**
 * A source's row in `sources`: its titles, publisher, landing page, licence and coverage, in
 * English and Spanish. The texts are the adapter's description, not data: `refreshSourceRow`
 * brings a stored row up to the description's words without a new vintage (a store made
 * before the Spanish texts existed gets them on the next `ingest` or `start`).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceDescription } from '../model/index.js';
import { rows } from './open.js';
import { storeChanged } from './query/catalogue.js';

const COLUMNS = ['id', 'title_en', 'title_es', 'publisher', 'publisher_es', 'landing_page', 'licence', 'licence_es', 'coverage', 'coverage_es', 'third_party', 'provisional'] as const;

function values(d: SourceDescription): (string | boolean)[] {
  return [
    d.id, d.title.en, d.title.es, d.publisher.en, d.publisher.es, d.landingPage, d.licence.en, d.licence.es,
    d.coverage.en, d.coverage.es, d.thirdParty, d.provisional ?? false,
  ];
}

/** Replaces the source's row; runs inside the caller's transaction. */
export async function writeSourceRow(conn: DuckDBConnection, d: SourceDescription): Promise<void> {
  await conn.run('DELETE FROM sources WHERE id = ?', [d.id]);
  await conn.run(`INSERT INTO sources (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`, values(d));
}

/** Rewrites the row when the stored words differ from the description's; true when it did. */
export async function refreshSourceRow(conn: DuckDBConnection, d: SourceDescription): Promise<boolean> {
  const found = await rows<Record<string, unknown>>(conn, `SELECT ${COLUMNS.join(', ')} FROM sources WHERE id = ?`, [d.id]);
  const want = values(d);
  if (found.length === 1 && COLUMNS.every((c, i) => found[0][c] === want[i])) return false;
  await writeSourceRow(conn, d);
  storeChanged();
  return true;
}

/** The held sources whose stored words differ from their descriptions (read-only: works on a store made before the Spanish columns). */
export async function staleSourceRows(conn: DuckDBConnection, described: SourceDescription[]): Promise<string[]> {
  const held = new Map((await rows<Record<string, unknown>>(conn, 'SELECT s.* FROM sources s')).map((r) => [r.id as string, r]));
  return described
    .filter((d) => {
      const row = held.get(d.id);
      if (!row) return false;
      const want = values(d);
      return COLUMNS.some((c, i) => (row[c] ?? null) !== want[i]);
    })
    .map((d) => d.id);
}
