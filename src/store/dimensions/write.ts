/**
 * Writes the code-defined dimensions (measures, places, countries, members) into
 * the store, so that SQL users and the faces read labels from one place.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DescribedSource } from '../../model/index.js';
import { COUNTRIES } from './countries.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS, type Member } from './members.js';
import { allCategories, allMeasures, allPlaces } from './catalog.js';
import { borderLinks } from './border.js';
import { TERMS } from './terms.js';
import { rows } from '../open.js';

async function replace(conn: DuckDBConnection, table: string, columns: number, values: unknown[][]): Promise<void> {
  await conn.run(`DELETE FROM ${table}`);
  await append(conn, table, columns, values);
}

export async function append(conn: DuckDBConnection, table: string, columns: number, values: unknown[][]): Promise<void> {
  if (values.length === 0) return;
  const appender = await conn.createAppender(table);
  for (const row of values) {
    for (let i = 0; i < columns; i++) {
      const v = row[i];
      if (v === null || v === undefined) appender.appendNull();
      else if (typeof v === 'number') appender.appendDouble(v);
      else if (typeof v === 'boolean') appender.appendBoolean(v);
      else appender.appendVarchar(String(v));
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
}

/** The words a claim may use for each code (terms.ts), as the store's `terms` table holds them. */
const termRows = () => TERMS.flatMap((t) => [...t.en.map((w) => [t.dimension, t.code, 'en', w]), ...t.es.map((w) => [t.dimension, t.code, 'es', w])]);

/**
 * The claim vocabulary of this version of corridor written over a store's older one, when they
 * differ: a load whose files are all unchanged writes no vintage, hence no dimensions, and a
 * store would otherwise keep the words of the version that first loaded it. True when written.
 */
export async function refreshTerms(conn: DuckDBConnection): Promise<boolean> {
  const want = termRows().map((r) => r.join('\u0000')).sort();
  const held = (await rows<{ k: string }>(conn, "SELECT concat_ws(chr(0), dimension, code, lang, term) AS k FROM terms")).map((r) => r.k).sort();
  if (want.length === held.length && want.every((k, i) => k === held[i])) return false;
  await conn.run('BEGIN TRANSACTION');
  try {
    await replace(conn, 'terms', 4, termRows());
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
  return true;
}

export async function writeDimensions(conn: DuckDBConnection, adapters: DescribedSource[]): Promise<void> {
  await replace(conn, 'measures', 7, allMeasures(adapters).map((m) => [m.id, m.label.en, m.label.es, m.definition.en, m.definition.es, m.unit, m.stock ?? false]));
  const places = allPlaces(adapters);
  await conn.run('DELETE FROM place_parents WHERE code IN (SELECT code FROM places WHERE source_id IS NULL)');
  await conn.run('DELETE FROM places WHERE source_id IS NULL');
  await append(conn, 'places', 8, places.map((p) => [p.code, p.level, p.label.en, p.label.es, p.parents[0] ?? null, p.lat ?? null, p.lon ?? null, null]));
  await append(conn, 'place_parents', 2, places.flatMap((p) => p.parents.map((parent) => [p.code, parent])));
  await writeClosure(conn);
  await replace(conn, 'place_links', 3, borderLinks().map((l) => [l.code, l.linked, l.relation]));
  await replace(conn, 'countries', 4, COUNTRIES.map((c) => [c.code, c.label.en, c.label.es, c.group]));
  const member = (dimension: string, m: Member) => [dimension, m.code, m.label.en, m.label.es, m.definition?.en ?? null, m.definition?.es ?? null];
  await replace(conn, 'members', 6, [
    ...DEMOGRAPHICS.map((m) => member('demographic', m)),
    ...AUTHORITIES.map((m) => member('authority', m)),
    ...COMPONENTS.map((m) => member('component', m)),
    member('category', { code: 'ALL', label: { en: 'All', es: 'Total' } }),
    ...allCategories(adapters).map((c) => member('category', { code: c.id, label: c.label, definition: c.definition })),
  ]);
  await replace(conn, 'terms', 4, termRows());
}

/** Every place with itself and all its ancestors, over code-defined and data-defined places. */
export async function writeClosure(conn: DuckDBConnection): Promise<void> {
  await conn.run(`DELETE FROM place_ancestors`);
  await conn.run(`INSERT INTO place_ancestors
    WITH RECURSIVE up(code, ancestor) AS (
      SELECT code, code FROM places
      UNION SELECT up.code, pp.parent FROM up JOIN place_parents pp ON pp.code = up.ancestor)
    SELECT DISTINCT code, ancestor FROM up`);
}
