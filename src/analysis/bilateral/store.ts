/**
 * What the record reads from the store besides series: observations of day-level
 * snapshot tables (the vaccine sources) in the newest vintage of their source, and the
 * labels, units and landing pages that go with them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { rows } from '../../store/open.js';
import type { Bilingual } from './types.js';

export interface SnapshotRow {
  date: string;
  geography: string;
  category: string;
  value: number | null;
  dataset: string;
  source: string;
  vintage: number;
}

/** Every observation of a measure in the newest vintage of each source that publishes it. */
export function snapshotRows(conn: DuckDBConnection, measure: string): Promise<SnapshotRow[]> {
  return rows<SnapshotRow>(
    conn,
    `SELECT strftime(o.period, '%Y-%m-%d') AS date, o.geography, o.category, o.value, o.dataset_id AS dataset, d.source_id AS source, o.vintage_id AS vintage
       FROM observations o JOIN datasets d ON d.id = o.dataset_id
      WHERE o.measure = ? AND o.vintage_id = (SELECT max(v.id) FROM vintages v WHERE v.source_id = d.source_id)
      ORDER BY o.period, o.geography, o.category`,
    [measure],
  );
}

export interface Catalogue {
  place(code: string): Bilingual;
  category(code: string): Bilingual;
  source(id: string): { publisher: Bilingual; url: string };
}

export async function readCatalogue(conn: DuckDBConnection): Promise<Catalogue> {
  const places = await rows<{ code: string; en: string; es: string }>(conn, `SELECT code, label_en AS en, coalesce(label_es, label_en) AS es FROM places WHERE level IN ('country', 'region', 'mx-state')`);
  const categories = await rows<{ code: string; en: string; es: string }>(conn, `SELECT code, label_en AS en, coalesce(label_es, label_en) AS es FROM members WHERE dimension = 'category'`);
  // s.* so that a store made before publisher_es is still read (the English stands in).
  const sources = await rows<{ id: string; publisher: string; publisher_es?: string | null; landing_page: string }>(conn, `SELECT s.* FROM sources s`);
  const byCode = (xs: { code: string; en: string; es: string }[]) => new Map(xs.map((x) => [x.code, { en: x.en, es: x.es }]));
  const p = byCode(places);
  const c = byCode(categories);
  const s = new Map(sources.map((x) => [x.id, { publisher: { en: x.publisher, es: x.publisher_es ?? x.publisher }, url: x.landing_page }]));
  return {
    place: (code) => p.get(code) ?? { en: code, es: code },
    category: (code) => c.get(code) ?? { en: code, es: code },
    source: (id) => s.get(id) ?? { publisher: { en: id, es: id }, url: '' },
  };
}
