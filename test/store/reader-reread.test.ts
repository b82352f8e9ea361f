/**
 * A source whose files are unchanged but whose reader (corridor's code reading it) is not
 * the one that read its latest vintage is read again into a new vintage, saying why; with
 * the same reader it stays unchanged. A store made before reader fingerprints gains the
 * column, its vintages counting as read by an unknown reader.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, outcomeStatus, type SourceOutcome } from '../../src/ingest/ingest.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { listSources } from '../../src/store/catalog.js';
import { readVintages } from '../../src/api/store/vintages.js';
import { latestReaders } from '../../src/store/vintage-readers.js';
import { loadWords } from '../../src/cli/load-words.js';
import { rereadLine } from '../../src/cli/load.js';
import type { SourceAdapter } from '../../src/sources/types.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';

let dir: string;
let store: Store;

const GOOD = toyCsv([
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100],
  [2021, 'NOV', 'U.S. Border Patrol', 'Title 8', 120],
]);

/** The toy source read by reader `reader` (an injected fingerprint: no real source file is edited). */
const load = (adapter: SourceAdapter, reader: string | undefined) =>
  ingest(store, [adapter], { origin: { mirror: join(dir, 'mirror') }, readerOf: () => reader });

const words = (lang: 'en' | 'es') => loadWords(lang).status;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-reread-'));
  mkdirSync(join(dir, 'mirror/us/toy'), { recursive: true });
  writeFileSync(join(dir, 'mirror/us/toy/toy.csv'), GOOD);
  store = await openStore(join(dir, 'store.duckdb'));
});
afterEach(() => store.close());

describe('a changed reader of unchanged files', () => {
  it('is read again into a new vintage of the same files, saying why; the same reader leaves it unchanged', async () => {
    const old = toyAdapter();
    expect((await load(old, 'reader-1'))[0]).toMatchObject({ status: 'loaded', vintage: 1 });
    expect((await load(old, 'reader-1'))[0]).toMatchObject({ status: 'unchanged', vintage: 1 });
    // The fixed reader: November is now published as partial (what c137a04 did to ice-foia's FY2019).
    const fixed = toyAdapter();
    fixed.describe.datasets[0].partialPeriods = ['2020-11-01'];
    const [reread] = await load(fixed, 'reader-2');
    expect(reread).toMatchObject({ status: 'loaded', vintage: 2, reread: { of: 1, unknown: false }, observations: 2 });
    expect(reread.restores).toBeUndefined();
    expect(outcomeStatus(reread, words('en'))).toBe("re-read: corridor's reader of this source changed since vintage 1 (same files)");
    expect(outcomeStatus(reread, words('es'), 'es')).toBe('releída: el lector de esta fuente en corridor cambió desde la versión (vintage) 1 (mismos archivos)');
    expect(rereadLine([reread])).toMatch(/^corridor's reader of 1 source changed since the store loaded it \(toy\): its same files were read again/);
    // The same files, recorded twice; the new vintage carries the new reader and answers with the new reading.
    const vintages = await rows<{ id: number; fingerprint: string; reader: string }>(store.conn, 'SELECT id, fingerprint, reader FROM vintages ORDER BY id');
    expect(vintages.map((v) => v.reader)).toEqual(['reader-1', 'reader-2']);
    expect(vintages[1].fingerprint).toBe(vintages[0].fingerprint);
    const files = await rows<{ vintage_id: number; sha256: string }>(store.conn, 'SELECT vintage_id, sha256 FROM files ORDER BY vintage_id');
    expect(files.map((f) => f.vintage_id)).toEqual([1, 2]);
    expect(files[1].sha256).toBe(files[0].sha256);
    const nov = await querySeries(store.conn, { measure: 'encounters', grain: 'month', from: '2020-11-01', to: '2020-11-01', where: { geography: ['US-SWB'] } });
    expect(nov.rows[0]).toMatchObject({ value: 120, vintage: 2, complete: false });
    // The listings say the latest vintage is a re-read of vintage 1's files; vintage 1 is no re-read.
    expect((await listSources(store.conn))[0]).toMatchObject({ id: 'toy', vintages: 2, latest_vintage: 2, latest_reread_of: 1, latest_reader: 'reader-2' });
    expect((await readVintages(store.conn)).map((v) => [v.id, v.reread_of, v.reader])).toEqual([[1, null, 'reader-1'], [2, 1, 'reader-2']]);
    // Reader 2 again: unchanged; the older vintage stays queryable.
    const [again] = await load(fixed, 'reader-2');
    expect(again).toMatchObject({ status: 'unchanged', vintage: 2 });
    expect(outcomeStatus(again, words('en'))).toBe('unchanged');
    expect(rereadLine([again])).toBeUndefined();
    const v1 = await querySeries(store.conn, { measure: 'encounters', grain: 'month', where: { geography: ['US-SWB'] }, source: 'toy', vintage: 1 });
    expect(v1.rows.map((r) => r.value)).toEqual([100, 120]);
  });

  it('a revised file is a new vintage as before, not a re-read, whatever the reader', async () => {
    const adapter = toyAdapter();
    await load(adapter, 'reader-1');
    writeFileSync(join(dir, 'mirror/us/toy/toy.csv'), GOOD.replace(',100\n', ',101\n'));
    const [revised] = await load(adapter, 'reader-2');
    expect(revised).toMatchObject({ status: 'loaded', vintage: 2 });
    expect(revised.reread).toBeUndefined();
    expect(outcomeStatus(revised, words('en'))).toBe('loaded');
    expect((await readVintages(store.conn)).map((v) => v.reread_of)).toEqual([null, null]);
  });

  it('a source without reader code (no fingerprint) compares its files only, as before', async () => {
    const adapter = toyAdapter();
    expect((await load(adapter, undefined))[0]).toMatchObject({ status: 'loaded', vintage: 1 });
    expect((await rows(store.conn, 'SELECT reader FROM vintages'))[0]).toEqual({ reader: null });
    expect((await load(adapter, undefined))[0]).toMatchObject({ status: 'unchanged', vintage: 1 });
    // By default the reader is read from src/sources/<id>/: a toy source has none.
    expect((await ingest(store, [adapter], { origin: { mirror: join(dir, 'mirror') } }))[0]).toMatchObject({ status: 'unchanged', vintage: 1 });
  });
});

describe('a store made before reader fingerprints', () => {
  /** A store whose vintages table has no reader column, as corridor wrote it before. */
  async function oldStore(): Promise<string> {
    await load(toyAdapter(), undefined);
    await store.conn.run('ALTER TABLE vintages DROP COLUMN reader');
    store.close();
    return join(dir, 'store.duckdb');
  }

  it('is read read-only without the column (every vintage read by an unknown reader), and gains it when opened for writing', async () => {
    const path = await oldStore();
    const ro = await openStore(path, { readOnly: true });
    try {
      expect((await rows(ro.conn, "SELECT count(*)::INT AS n FROM duckdb_columns() WHERE table_name = 'vintages' AND column_name = 'reader'"))[0]).toEqual({ n: 0 });
      expect((await readVintages(ro.conn)).map((v) => [v.id, v.reader, v.reread_of])).toEqual([[1, null, null]]);
      expect((await listSources(ro.conn))[0]).toMatchObject({ id: 'toy', latest_vintage: 1, latest_reader: null, latest_reread_of: null });
      expect(await latestReaders(ro.conn)).toEqual([{ source: 'toy', vintage: 1, reader: null }]);
    } finally {
      ro.close();
    }
    store = await openStore(path);
    expect(await rows(store.conn, 'SELECT id, reader FROM vintages')).toEqual([{ id: 1, reader: null }]);
    // The first load by a corridor that knows its reader reads the unchanged files again, once, and says the old reader is unknown.
    const [reread] = await load(toyAdapter(), 'reader-1');
    expect(reread).toMatchObject({ status: 'loaded', vintage: 2, reread: { of: 1, unknown: true } });
    expect(outcomeStatus(reread, words('en'))).toBe('re-read: same files as vintage 1, which an older corridor read without recording its reader of this source');
    expect(outcomeStatus(reread, words('es'), 'es')).toBe('releída: los mismos archivos que la versión (vintage) 1, que leyó un corridor anterior sin registrar su lector de esta fuente');
    expect(rereadLine([reread] as SourceOutcome[])).toMatch(/were loaded by an older corridor that did not record its reader of them/);
    expect(rereadLine([reread] as SourceOutcome[], 'es')).toMatch(/las cargó un corridor anterior que no registraba su lector/);
    expect((await load(toyAdapter(), 'reader-1'))[0]).toMatchObject({ status: 'unchanged', vintage: 2 });
  });
});
