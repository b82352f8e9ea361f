/**
 * bench/store-same: proves two stores hold the same data, so that a faster ingest can be
 * shown to write exactly what the slower one wrote. For each table of the load (the
 * observations, their vintages, files with checksums, dataset members, the dimensions) it counts the rows
 * of one store missing from the other, duplicates included (EXCEPT ALL), and exits 1 on
 * any difference. Load times (vintages.loaded_at) are left out: they differ by design.
 *   npx tsx bench/store-same.ts BEFORE.duckdb AFTER.duckdb
 */
import { DuckDBInstance } from '@duckdb/node-api';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: npx tsx bench/store-same.ts BEFORE.duckdb AFTER.duckdb');
  process.exit(2);
}

/** The columns compared per table: everything but the load time. */
const TABLES: Record<string, string> = {
  observations: '*',
  vintages: 'id, source_id, fingerprint, origin, observations',
  files: '*',
  dataset_members: '*',
  datasets: '*',
  // The dimensions, which the ingest writes once per run.
  measures: '*',
  places: '*',
  place_parents: '*',
  place_ancestors: '*',
  place_links: '*',
  place_shapes: '*',
  countries: '*',
  members: '*',
  terms: '*',
};

const conn = await (await DuckDBInstance.create(':memory:')).connect();
const quote = (p: string) => `'${p.replace(/'/g, "''")}'`;
await conn.run(`ATTACH ${quote(before)} AS a (READ_ONLY)`);
await conn.run(`ATTACH ${quote(after)} AS b (READ_ONLY)`);

let differences = 0;
for (const [table, columns] of Object.entries(TABLES)) {
  const count = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRows()[0][0]);
  const rowsA = await count(`SELECT count(*) FROM a.${table}`);
  const rowsB = await count(`SELECT count(*) FROM b.${table}`);
  const onlyA = await count(`SELECT count(*) FROM (SELECT ${columns} FROM a.${table} EXCEPT ALL SELECT ${columns} FROM b.${table})`);
  const onlyB = await count(`SELECT count(*) FROM (SELECT ${columns} FROM b.${table} EXCEPT ALL SELECT ${columns} FROM a.${table})`);
  differences += onlyA + onlyB;
  console.log(`${table}: ${rowsA} rows before, ${rowsB} after; ${onlyA} only before, ${onlyB} only after`);
}
console.log(differences === 0 ? 'same contents' : `${differences} rows differ`);
process.exit(differences === 0 ? 0 : 1);
