/**
 * Writes the code-defined dimensions (measures, places, countries, members) into
 * the store, so that SQL users and the faces read labels from one place.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceAdapter } from '../../sources/types.js';
import { COUNTRIES } from './countries.js';
import { AUTHORITIES, COMPONENTS, DEMOGRAPHICS, type Member } from './members.js';
import { allCategories, allMeasures, allPlaces } from './catalog.js';

async function replace(conn: DuckDBConnection, table: string, columns: number, values: unknown[][]): Promise<void> {
  await conn.run(`DELETE FROM ${table}`);
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

export async function writeDimensions(conn: DuckDBConnection, adapters: SourceAdapter[]): Promise<void> {
  const places = allPlaces(adapters);
  await replace(conn, 'measures', 6, allMeasures(adapters).map((m) => [m.id, m.label.en, m.label.es, m.definition.en, m.definition.es, m.unit]));
  await replace(conn, 'places', 7, places.map((p) => [p.code, p.level, p.label.en, p.label.es, p.parents[0] ?? null, p.lat ?? null, p.lon ?? null]));
  const byCode = new Map(places.map((p) => [p.code, p]));
  const closure: unknown[][] = [];
  for (const p of places) {
    const seen = new Set<string>();
    const visit = (c: string) => {
      if (seen.has(c)) return;
      seen.add(c);
      for (const parent of byCode.get(c)?.parents ?? []) visit(parent);
    };
    visit(p.code);
    for (const a of seen) closure.push([p.code, a]);
  }
  await replace(conn, 'place_ancestors', 2, closure);
  await replace(conn, 'countries', 4, COUNTRIES.map((c) => [c.code, c.label.en, c.label.es, c.group]));
  const member = (dimension: string, m: Member) => [dimension, m.code, m.label.en, m.label.es, m.definition?.en ?? null, m.definition?.es ?? null];
  await replace(conn, 'members', 6, [
    ...DEMOGRAPHICS.map((m) => member('demographic', m)),
    ...AUTHORITIES.map((m) => member('authority', m)),
    ...COMPONENTS.map((m) => member('component', m)),
    member('category', { code: 'ALL', label: { en: 'All', es: 'Total' } }),
    ...allCategories(adapters).map((c) => member('category', { code: c.id, label: c.label, definition: c.definition })),
  ]);
}
