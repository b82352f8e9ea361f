/**
 * A source with no datasets: the ingest step loads its shapes, writes its vintage and
 * files, and no observation; the store lists it and its shapes belong to known states.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.js';
import { listSources } from '../../store/catalog.js';
import { openStore, rows } from '../../store/open.js';
import adapter from './index.js';

it('loads the shapes of a source with no datasets, and nothing else', async () => {
  const mirror = mkdtempSync(join(tmpdir(), 'mx-states-geo-mirror-'));
  const { mirrorPath } = adapter.describe.files[0];
  mkdirSync(dirname(join(mirror, mirrorPath)), { recursive: true });
  cpSync(join(import.meta.dirname, 'fixtures', 'mx_states.geojson'), join(mirror, mirrorPath));
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'mx-states-geo-store-')), 's.duckdb'));
  try {
    const [outcome] = await ingest(store, [adapter], { origin: { mirror } });
    expect(outcome.error).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'loaded', observations: 0 });
    expect(await rows(store.conn, "SELECT count(*)::INTEGER AS n FROM place_shapes WHERE source_id = 'mx-states-geo'")).toEqual([{ n: 32 }]);
    expect(await rows(store.conn, "SELECT count(*)::INTEGER AS n FROM place_shapes s JOIN places p USING (code) WHERE p.level = 'mx-state'")).toEqual([{ n: 32 }]);
    expect(await rows(store.conn, 'SELECT count(*)::INTEGER AS n FROM observations')).toEqual([{ n: 0 }]);
    expect(await rows(store.conn, "SELECT count(*)::INTEGER AS n FROM files f JOIN vintages v ON v.id = f.vintage_id WHERE v.source_id = 'mx-states-geo'")).toEqual([{ n: 1 }]);
    const listed = (await listSources(store.conn)).find((s) => s.id === 'mx-states-geo');
    expect(listed).toMatchObject({ id: 'mx-states-geo', observations: 0 });
    const [again] = await ingest(store, [adapter], { origin: { mirror } });
    expect(again.status).toBe('unchanged');
  } finally {
    store.close();
  }
});
