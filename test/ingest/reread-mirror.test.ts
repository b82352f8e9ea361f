/**
 * On the real mirror: a source loaded by an older corridor (no reader recorded, or another
 * reader) is read again from the same files into a new vintage, saying why, with this
 * corridor's reader fingerprint; a second ingest leaves it unchanged.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest, outcomeStatus } from '../../src/ingest/ingest.js';
import { ADAPTERS } from '../../src/sources/registry.js';
import { readerFingerprint } from '../../src/sources/reader-fingerprint.js';
import { openStore, rows, type Store } from '../../src/store/open.js';
import { listSources } from '../../src/store/catalog.js';
import { loadWords } from '../../src/cli/load-words.js';
import { staleReaders } from '../../src/cli/load.js';
import { describeMirror, MIRROR } from '../mirror.js';

const SOURCE = 'cbp-legacy-annual';
let store: Store;

describeMirror(`re-reading ${SOURCE} from the mirror`, () => {
  const origin = () => ({ mirror: resolve(MIRROR!) });
  beforeAll(async () => {
    store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-reread-mirror-')), 'store.duckdb'));
  });
  afterAll(() => store?.close());

  it('reads the same files again when its vintage was read by an unknown or another reader, then stays unchanged', async () => {
    const current = readerFingerprint(SOURCE)!;
    expect(current).toMatch(/^[0-9a-f]{64}$/);
    // As a corridor before reader fingerprints loaded it.
    const [first] = await ingest(store, ADAPTERS, { origin: origin(), only: [SOURCE], readerOf: () => undefined });
    expect(first).toMatchObject({ status: 'loaded', vintage: 1 });
    const observations = first.observations;
    // What \`corridor start\` reads again: the vintage does not record its reader.
    expect(await staleReaders(store)).toEqual([{ source: SOURCE, vintage: 1, unknown: true }]);
    expect(observations).toBeGreaterThan(0);

    const [reread] = await ingest(store, ADAPTERS, { origin: origin(), only: [SOURCE] });
    expect(reread).toMatchObject({ status: 'loaded', vintage: 2, reread: { of: 1, unknown: true }, observations });
    expect(outcomeStatus(reread, loadWords('en').status)).toBe('re-read: same files as vintage 1, which an older corridor read without recording its reader of this source');

    const [same] = await ingest(store, ADAPTERS, { origin: origin(), only: [SOURCE] });
    expect(same).toMatchObject({ status: 'unchanged', vintage: 2 });
    expect(await staleReaders(store)).toEqual([]);

    // Another reader (a fix to come) reads them again and says the reader changed.
    const [fixed] = await ingest(store, ADAPTERS, { origin: origin(), only: [SOURCE], readerOf: () => `${current}-fixed` });
    expect(fixed).toMatchObject({ status: 'loaded', vintage: 3, reread: { of: 2, unknown: false }, observations });
    expect(await staleReaders(store)).toEqual([{ source: SOURCE, vintage: 3, unknown: false }]);
    expect(outcomeStatus(fixed, loadWords('es').status, 'es')).toBe('releída: el lector de esta fuente en corridor cambió desde la versión (vintage) 2 (mismos archivos)');

    const vintages = await rows<{ id: number; fingerprint: string; reader: string | null }>(store.conn, 'SELECT id, fingerprint, reader FROM vintages ORDER BY id');
    expect(vintages.map((v) => v.reader)).toEqual([null, current, `${current}-fixed`]);
    expect(new Set(vintages.map((v) => v.fingerprint)).size).toBe(1);
    expect((await listSources(store.conn))[0]).toMatchObject({ id: SOURCE, vintages: 3, latest_vintage: 3, latest_reread_of: 2 });
    // The same cells in each reading (the files did not change, nor did the code).
    const [{ differ }] = await rows<{ differ: number }>(
      store.conn,
      `SELECT count(*)::INT AS differ FROM (
         (SELECT * EXCLUDE (vintage_id) FROM observations WHERE vintage_id = 1 EXCEPT ALL SELECT * EXCLUDE (vintage_id) FROM observations WHERE vintage_id = 3)
         UNION ALL
         (SELECT * EXCLUDE (vintage_id) FROM observations WHERE vintage_id = 3 EXCEPT ALL SELECT * EXCLUDE (vintage_id) FROM observations WHERE vintage_id = 1))`,
    );
    expect(differ).toBe(0);
  });
});
