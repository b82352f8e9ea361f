/**
 * dataset_periods: each table's periods, written by the ingest with its vintage (so that a
 * server warms from small tables, never by scanning the observations), filled in once for
 * a store written before it existed, and read from the observations by a read-only server
 * of such a store until then.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

const CSV = toyCsv([
  [2021, 'DEC', 'U.S. Border Patrol', 'Title 8', 10],
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100],
  [2021, 'OCT', 'Office of Field Operations', 'Title 8', 7],
  [2022, 'JAN', 'U.S. Border Patrol', 'Title 42', ''],
]);
const PERIODS = ['2020-10-01', '2020-12-01', '2022-01-01'];

async function loadedStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-periods-'));
  mkdirSync(join(dir, 'mirror/us/toy'), { recursive: true });
  writeFileSync(join(dir, 'mirror/us/toy/toy.csv'), CSV);
  const store = await openStore(join(dir, 'store.duckdb'));
  const [outcome] = await ingest(store, [toyAdapter()], { origin: { mirror: join(dir, 'mirror') } });
  expect(outcome.error?.message ?? outcome.status).toBe('loaded');
  return store;
}

const stored = async (store: Store) => rows<{ v: number; d: string; p: string[] }>(store.conn, 'SELECT vintage_id AS v, dataset_id AS d, periods AS p FROM dataset_periods ORDER BY ALL');

describe('dataset_periods', () => {
  it('is written by the ingest with the vintage: the distinct periods, ascending, a blank cell\'s included', async () => {
    const store = await loadedStore();
    try {
      expect(await stored(store)).toEqual([{ v: 1, d: 'toy/monthly', p: PERIODS }]);
      expect(await rows(store.conn, "SELECT value FROM meta WHERE key = 'dataset_periods'")).toEqual([{ value: 'complete' }]);
    } finally {
      store.close();
    }
  });

  it('a store written before it: read from the observations when only read, filled in once by the first writer', async () => {
    const store = await loadedStore();
    const path = store.path;
    // As an older corridor left it: no periods, no mark.
    await store.conn.run('DROP TABLE dataset_periods');
    await store.conn.run("DELETE FROM meta WHERE key = 'dataset_periods'");
    store.close();

    const reader = await openStore(path, { readOnly: true });
    try {
      await warmQueryCatalogue(reader.conn);
      expect(await (await queryCatalogue(reader.conn)).periods(1, 'toy/monthly')).toEqual(PERIODS);
      const [table] = await (await queryCatalogue(reader.conn)).datasets('encounters');
      expect(table.id).toBe('toy/monthly');
    } finally {
      reader.close();
    }

    const writer = await openStore(path);
    try {
      expect(await stored(writer)).toEqual([{ v: 1, d: 'toy/monthly', p: PERIODS }]);
      // Once: a later open finds the mark and leaves the table as it is.
      await writer.conn.run('DELETE FROM dataset_periods');
    } finally {
      writer.close();
    }
    const again = await openStore(path);
    try {
      expect(await stored(again)).toEqual([]);
    } finally {
      again.close();
    }
  });
});
