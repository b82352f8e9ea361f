import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, outcomeStatus } from '../../src/ingest/ingest.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { diffLatestVintages } from '../../src/store/diff.js';
import { refreshTerms } from '../../src/store/dimensions/write.js';
import { toyAdapter, toyCsv } from '../fixtures/toy-adapter.js';
import { InputError, UsageError, inputErrorInSpanish } from '../../src/errors.js';

let dir: string;
let store: Store;
const adapter = toyAdapter();

function writeToy(content: string) {
  mkdirSync(join(dir, 'mirror/us/toy'), { recursive: true });
  writeFileSync(join(dir, 'mirror/us/toy/toy.csv'), content);
}

const GOOD = toyCsv([
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 8', 100],
  [2021, 'OCT', 'U.S. Border Patrol', 'Title 42', 50],
  [2021, 'OCT', 'Office of Field Operations', 'Title 8', 7],
  [2021, 'NOV', 'U.S. Border Patrol', 'Title 8', 120],
]);

async function load() {
  return ingest(store, [adapter], { origin: { mirror: join(dir, 'mirror') } });
}

async function snapshot(s: Store) {
  return JSON.stringify(await rows(s.conn, 'SELECT * EXCLUDE (loaded_at) FROM vintages ORDER BY id')) +
    JSON.stringify(await rows(s.conn, 'SELECT * FROM observations ORDER BY ALL'));
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-ingest-'));
  store = await openStore(join(dir, 'store.duckdb'));
});
afterEach(() => store.close());

describe('ingest', () => {
  it('loads a source, records the file with its sha256, and answers a query', async () => {
    writeToy(GOOD);
    const [outcome] = await load();
    expect(outcome.status).toBe('loaded');
    expect(outcome.observations).toBe(4);
    const files = await rows<{ sha256: string; bytes: number; name: string }>(store.conn, 'SELECT * FROM files');
    expect(files[0].name).toBe('toy.csv');
    expect(files[0].bytes).toBe(Buffer.byteLength(GOOD));
    expect(files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const s = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] } });
    expect(s.rows.map((r) => [r.period, r.value])).toEqual([['2020-10-01', 157], ['2020-11-01', 120]]);
  });

  it('loading the same file twice changes nothing', async () => {
    writeToy(GOOD);
    await load();
    const before = await snapshot(store);
    const [again] = await load();
    expect(again.status).toBe('unchanged');
    expect(await snapshot(store)).toBe(before);
  });

  it("refreshTerms brings a store's claim vocabulary up to this version's, and writes only when they differ", async () => {
    writeToy(GOOD);
    await load();
    const count = async () => Number((await rows<{ n: number }>(store.conn, 'SELECT count(*) AS n FROM terms'))[0].n);
    const all = await count();
    expect(await refreshTerms(store.conn)).toBe(false);
    // A store loaded by an older corridor: a phrase it did not know, and one it has since dropped.
    await store.conn.run("DELETE FROM terms WHERE code = 'vaccine-doses-donated' AND term = 'doses from the us'");
    await store.conn.run("INSERT INTO terms VALUES ('measure', 'encounters', 'en', 'a phrase of an older version')");
    expect(await refreshTerms(store.conn)).toBe(true);
    expect(await count()).toBe(all);
    expect(await rows(store.conn, "SELECT 1 FROM terms WHERE code = 'vaccine-doses-donated' AND term = 'doses from the us'")).toHaveLength(1);
    expect(await rows(store.conn, "SELECT 1 FROM terms WHERE term = 'a phrase of an older version'")).toHaveLength(0);
  });

  it('a revised file becomes a new vintage and the old one stays queryable', async () => {
    writeToy(GOOD);
    await load();
    writeToy(GOOD.replace(',100\n', ',101\n'));
    const [revised] = await load();
    expect(revised).toMatchObject({ status: 'loaded', vintage: 2 });
    const latest = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] } });
    expect(latest.rows[0].value).toBe(158);
    const old = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'toy', vintage: 1 });
    expect(old.rows[0].value).toBe(157);
  });

  it('files equal to an older vintage, not the latest, become the latest again as a new vintage, and say so', async () => {
    writeToy(GOOD);
    await load();
    writeToy(GOOD.replace(',100\n', ',100100\n'));
    expect((await load())[0]).toMatchObject({ status: 'loaded', vintage: 2 });
    const swb = async () => (await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] } })).rows[0];
    expect((await swb()).value).toBe(100157);
    writeToy(GOOD);
    const [back] = await load();
    expect(back).toMatchObject({ status: 'loaded', vintage: 3, restores: 1 });
    expect(outcomeStatus(back, { loaded: 'loaded', unchanged: 'unchanged', failed: 'failed' })).toBe('loaded: same files as vintage 1, now the latest again');
    expect(outcomeStatus(back, { loaded: 'cargada', unchanged: 'sin cambios', failed: 'falló' }, 'es')).toBe('cargada: los mismos archivos que la versión (vintage) 1, de nuevo la más reciente');
    expect(await swb()).toMatchObject({ value: 157, vintage: 3 });
    // The record of loads shows the return: vintage 3, loaded last, has vintage 1's files.
    const vintages = await rows<{ id: number; fingerprint: string; loaded_at: unknown }>(store.conn, 'SELECT id, fingerprint, loaded_at FROM vintages ORDER BY id');
    expect(vintages.map((v) => v.id)).toEqual([1, 2, 3]);
    expect(vintages[2].fingerprint).toBe(vintages[0].fingerprint);
    expect(vintages[1].fingerprint).not.toBe(vintages[0].fingerprint);
    expect(String(vintages[2].loaded_at) >= String(vintages[1].loaded_at)).toBe(true);
    const files = await rows<{ vintage_id: number; sha256: string }>(store.conn, 'SELECT vintage_id, sha256 FROM files ORDER BY vintage_id');
    expect(files[2].sha256).toBe(files[0].sha256);
    // The revision stays queryable; the same files again are now "unchanged".
    expect((await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, source: 'toy', vintage: 2 })).rows[0].value).toBe(100157);
    const [again] = await load();
    expect(again).toMatchObject({ status: 'unchanged', vintage: 3 });
    expect(again.restores).toBeUndefined();
    expect(outcomeStatus(again, { loaded: 'loaded', unchanged: 'unchanged', failed: 'failed' })).toBe('unchanged');
    // And the revision once more: the files of vintage 2, latest again as vintage 4.
    writeToy(GOOD.replace(',100\n', ',100100\n'));
    expect((await load())[0]).toMatchObject({ status: 'loaded', vintage: 4, restores: 2 });
    expect((await swb()).value).toBe(100157);
  });

  it('says what a newer vintage changed: cells revised, added and removed', async () => {
    writeToy(GOOD);
    await load();
    writeToy(GOOD.replace(',100\n', ',101\n').replace('2021,NOV,U.S. Border Patrol,Title 8,120\n', '2021,DEC,U.S. Border Patrol,Title 8,90\n'));
    await load();
    const diff = await diffLatestVintages(store.conn, 'toy');
    expect(diff?.tables).toEqual([{ dataset: 'toy/monthly', added: 1, removed: 1, revised: 1, unchanged: 2 }]);
    expect(diff?.largest).toContainEqual({ dataset: 'toy/monthly', period: '2020-10-01', cell: 'US-SWB|ALL|ALL|T8|USBP|ALL', before: 100, after: 101 });
    expect(await diffLatestVintages(store.conn, 'nothing')).toBeUndefined();
  });

  // The ingest part of the bad-input corpus (the index of every part is test/BAD-INPUT.md).
  const corrupt: [string, string, RegExp][] = [
    ['a renamed header', GOOD.replace('Encounter Count', 'Encounters'), /toy\.csv, row 1, column "5": expected header "Encounter Count", found "Encounters"/],
    ['an extra footnote row', `${GOOD}Source: CBP,,,,\n`, /toy\.csv, row 6, column "Fiscal Year": expected a year/],
    ['text in a numeric cell', GOOD.replace(',120\n', ',12O\n'), /toy\.csv, row 5, column "Encounter Count": expected a whole non-negative number, found "12O"/],
    ['a duplicated month', `${GOOD}2021,NOV,U.S. Border Patrol,Title 8,121\n`, /toy\.csv, row 6, column "Encounter Count".*duplicated cell|duplicated cell.*row 5/],
    ['an empty file', '', /toy\.csv, row 1, column "Fiscal Year": expected a CSV file with a header and data rows, found an empty file/],
    ['an unknown label', GOOD.replace('Office of Field Operations', 'Oficina de Operaci\u00f3n'), /toy\.csv, row 4, column "Component": expected one of "U.S. Border Patrol", "Office of Field Operations", found "Oficina de Operaci\u00f3n"/],
    // DuckDB's reader drops an over-long last line without a word; one in the middle it refuses in its own words.
    ['a 50 MB last line', `${GOOD}2021,DEC,U.S. Border Patrol,Title 8,${'9'.repeat(50 * 1_048_576)}\n`, /line too long in toy\.csv, row 6: expected lines of at most 2\.0 MiB, found a line of 50\.0 MiB/],
    ['a 3 MB line in the middle', GOOD.replace(',7\n', `,${'7'.repeat(3 * 1_048_576)}\n`), /line too long in toy\.csv, row 4: expected lines of at most 2\.0 MiB, found a line of 3\.0 MiB/],
    ['a byte-order mark in the middle', GOOD.replace('\n2021,NOV', '\n\uFEFF2021,NOV'), /misplaced byte-order mark in toy\.csv, row 5: .*found a byte-order mark \(U\+FEFF\) inside the file/],
    ['mixed CRLF and LF line ends', GOOD.replace(/\n/g, '\r\n').replace('Title 8,7\r\n', 'Title 8,7\n'), /mixed line endings in toy\.csv, row 4: expected every line ending as the first one does \(CRLF\), found a line ending in LF/],
    ['an extra column', GOOD.replace(',7\n', ',7,extra\n'), /unreadable file in toy\.csv, row 4, column "6": expected a utf-8 CSV with 5 columns delimited by ",", found 6 columns/i],
  ];
  for (const [what, content, message] of corrupt) {
    it(`rejects ${what} with one clear error and leaves the store exactly as before`, async () => {
      writeToy(GOOD);
      await load();
      const before = await snapshot(store);
      writeToy(content);
      const [outcome] = await load();
      expect(outcome.status).toBe('failed');
      expect(outcome.error?.message).toMatch(message);
      expect(await snapshot(store)).toBe(before);
    });
  }

  it('refuses a link that leaves the mirror, and never quotes what it points to', async () => {
    writeToy(GOOD);
    await load();
    const before = await snapshot(store);
    writeFileSync(join(dir, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
    rmSync(join(dir, 'mirror/us/toy/toy.csv'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'mirror/us/toy/toy.csv'));
    const [outcome] = await load();
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.message).toMatch(/link leaves the mirror in us\/toy\/toy\.csv: expected a file inside the mirror, found a symbolic link to a file outside the mirror/);
    expect(outcome.error?.message).not.toMatch(/root:x/);
    expect(inputErrorInSpanish(outcome.error as InputError)).toBe('el enlace sale del espejo en us/toy/toy.csv: se esperaba un archivo dentro del espejo, se encontró un enlace simbólico a un archivo fuera del espejo');
    expect(await snapshot(store)).toBe(before);
  });

  it('says which file the mirror lacks, in English and Spanish', async () => {
    rmSync(join(dir, 'mirror/us/toy/toy.csv'), { force: true });
    const [outcome] = await load();
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBeInstanceOf(UsageError);
    expect(outcome.error?.message).toMatch(/^the mirror .* has no us\/toy\/toy\.csv \(source toy\)$/);
    expect((outcome.error as UsageError).es).toMatch(/^el espejo .* no tiene us\/toy\/toy\.csv \(fuente toy\)$/);
  });

  it('follows a link that stays inside the mirror', async () => {
    mkdirSync(join(dir, 'mirror/us/toy'), { recursive: true });
    writeFileSync(join(dir, 'mirror/us/copy.csv'), GOOD);
    symlinkSync(join(dir, 'mirror/us/copy.csv'), join(dir, 'mirror/us/toy/toy.csv'));
    const [outcome] = await load();
    expect(outcome).toMatchObject({ status: 'loaded', observations: 4 });
  });

  it('rejects a Latin-1 file where UTF-8 is expected, naming the file', async () => {
    writeToy(GOOD);
    await load();
    const before = await snapshot(store);
    const latin1 = Buffer.from(GOOD.replace('Title 8,7', 'Title 8,7').replace('Fiscal Year', 'A\u00f1o Fiscal'), 'latin1');
    writeFileSync(join(dir, 'mirror/us/toy/toy.csv'), latin1);
    const [outcome] = await load();
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.message).toMatch(/unreadable file in toy\.csv, row 1: expected a utf-8 CSV.*found bytes that are not UTF-8 \(0xf1/i);
    expect(await snapshot(store)).toBe(before);
  });
});
