/**
 * Where a plan's numbers come from, for the brief: for each store source the plan read
 * (newest vintage), its titles, publisher, landing page, whether it is a third party's copy
 * or provisional, when that vintage was loaded and the files it was read from (name, URL,
 * sha256, size), from the store's provenance tables.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Bilingual } from '../../../model/index.js';
import { rows } from '../../../store/open.js';

export interface SourceProvenance {
  source: string;
  vintage: number;
  title: Bilingual;
  /** In both languages; the Spanish is the English where the store has none. */
  publisher: Bilingual;
  landingPage: string;
  thirdParty: boolean;
  provisional: boolean;
  /** YYYY-MM-DD. */
  loaded: string;
  files: { name: string; url: string; sha256: string; bytes: number }[];
}

export async function planProvenance(conn: DuckDBConnection, used: { source: string; vintage: number }[]): Promise<SourceProvenance[]> {
  if (used.length === 0) return [];
  const vintages = used.map((u) => u.vintage);
  const marks = vintages.map(() => '?').join(', ');
  const meta = await rows<{ vintage: number; source: string; title_en: string; title_es: string; publisher: string; publisher_es: string | null; landing_page: string; third_party: boolean; provisional: boolean; loaded: string }>(
    conn,
    `SELECT v.id::INT AS vintage, s.id AS source, s.title_en, s.title_es, s.publisher, s.publisher_es, s.landing_page, s.third_party, s.provisional, strftime(v.loaded_at, '%Y-%m-%d') AS loaded
       FROM vintages v JOIN sources s ON s.id = v.source_id WHERE v.id IN (${marks}) ORDER BY s.id`,
    vintages,
  );
  const files = await rows<{ vintage: number; name: string; url: string; sha256: string; bytes: number }>(conn, `SELECT vintage_id::INT AS vintage, name, url, sha256, bytes::BIGINT AS bytes FROM files WHERE vintage_id IN (${marks}) ORDER BY name`, vintages);
  return meta.map((m) => ({
    source: m.source,
    vintage: Number(m.vintage),
    title: { en: m.title_en, es: m.title_es },
    publisher: { en: m.publisher, es: m.publisher_es ?? m.publisher },
    landingPage: m.landing_page,
    thirdParty: Boolean(m.third_party),
    provisional: Boolean(m.provisional),
    loaded: m.loaded,
    files: files.filter((f) => Number(f.vintage) === Number(m.vintage)).map((f) => ({ name: f.name, url: f.url, sha256: f.sha256, bytes: Number(f.bytes) })),
  }));
}
