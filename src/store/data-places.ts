/**
 * Places that a source's data defines (municipalities, localities, shelters) and
 * their shapes: stored with the source, replaced when the source is loaded again.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ParsedSource } from '../model/index.js';
import type { Place } from '../model/index.js';
import { append } from './dimensions/write.js';
import { rows } from './open.js';

/** Returns whether the places changed (some removed or added), so the closure must be made again. */
export async function replaceDataPlaces(conn: DuckDBConnection, sourceId: string, parsed: ParsedSource): Promise<boolean> {
  await conn.run('DELETE FROM place_parents WHERE code IN (SELECT code FROM places WHERE source_id = ?)', [sourceId]);
  const removed = Number((await conn.runAndReadAll('DELETE FROM places WHERE source_id = ?', [sourceId])).getRows()[0][0]);
  await conn.run('DELETE FROM place_shapes WHERE source_id = ?', [sourceId]);
  const places = parsed.places ?? [];
  await append(conn, 'places', 8, places.map((p) => [p.code, p.level, p.label.en, p.label.es, p.parents[0] ?? null, p.lat ?? null, p.lon ?? null, sourceId]));
  await append(conn, 'place_parents', 2, places.flatMap((p) => p.parents.map((parent) => [p.code, parent])));
  await append(conn, 'place_shapes', 3, (parsed.shapes ?? []).map((s) => [s.code, sourceId, JSON.stringify(s.geometry)]));
  return removed > 0 || places.length > 0;
}

/** Data-defined places already in the store from other sources (for validation). */
export async function placesOfOtherSources(conn: DuckDBConnection, sourceId: string): Promise<Place[]> {
  const found = await rows<{ code: string; level: Place['level']; label_en: string; label_es: string; parents: string[] }>(
    conn,
    `SELECT p.code, p.level, p.label_en, p.label_es, list(pp.parent) FILTER (WHERE pp.parent IS NOT NULL) AS parents
       FROM places p LEFT JOIN place_parents pp ON pp.code = p.code
      WHERE p.source_id IS NOT NULL AND p.source_id <> ? GROUP BY ALL`,
    [sourceId],
  );
  return found.map((p) => ({ code: p.code, level: p.level, label: { en: p.label_en, es: p.label_es }, parents: p.parents ?? [] }));
}
