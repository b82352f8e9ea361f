/**
 * Shelters hang under INEGI's municipalities, which another source (inegi-places)
 * defines: loaded after it, capacities add up by municipality, state and border region;
 * loaded into a store without it, the source fails and leaves nothing behind.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../ingest/ingest.js';
import { openStore, rows } from '../../store/open.js';
import { querySeries } from '../../store/query/series.js';
import inegiPlaces from '../inegi-places/index.js';
import adapter from './index.js';

/** A mirror laid out as the shared data folder, holding the two sources' fixtures. */
function fixtureMirror(): string {
  const mirror = mkdtempSync(join(tmpdir(), 'mx-shelters-mirror-'));
  for (const [source, folder] of [[inegiPlaces, '../inegi-places'], [adapter, '.']] as const) {
    for (const f of source.describe.files) {
      const to = join(mirror, f.mirrorPath);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(import.meta.dirname, folder, 'fixtures', f.mirrorPath.split('/').at(-1)!), to);
    }
  }
  return mirror;
}

const newStore = async () => openStore(join(mkdtempSync(join(tmpdir(), 'mx-shelters-store-')), 's.duckdb'));

it('loads after inegi-places: shelters sum up to their municipality, state and border region', async () => {
  const store = await newStore();
  try {
    const outcomes = await ingest(store, [inegiPlaces, adapter], { origin: { mirror: fixtureMirror() } });
    expect(outcomes.map((o) => [o.source, o.status, o.error?.message])).toEqual([['inegi-places', 'loaded', undefined], ['mx-shelters', 'loaded', undefined]]);
    expect(await rows(store.conn, "SELECT ancestor FROM place_ancestors WHERE code = 'MX-SHELTER-12' ORDER BY ancestor")).toEqual([
      { ancestor: 'MX' }, { ancestor: 'MX-08' }, { ancestor: 'MX-08037' }, { ancestor: 'MX-NB' }, { ancestor: 'MX-SHELTER-12' }, { ancestor: 'WLD' },
    ]);
    const capacity = async (geography: string) =>
      (await querySeries(store.conn, { measure: 'shelter-capacity', where: { geography: [geography] }, grain: 'cy' })).rows.map((r) => r.value);
    expect(await capacity('MX-02004')).toEqual([5000]);
    expect(await capacity('MX-08')).toEqual([5000]);
    expect(await capacity('MX-NB')).toEqual([22_000]);
  } finally {
    store.close();
  }
});

it('fails without inegi-places, naming the unknown parent, and loads nothing', async () => {
  const store = await newStore();
  try {
    const [outcome] = await ingest(store, [adapter], { origin: { mirror: fixtureMirror() } });
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.message).toMatch(/expected a known parent place for MX-SHELTER-1, found "MX-02004"/);
    expect(await rows(store.conn, 'SELECT count(*)::INTEGER AS n FROM places WHERE source_id IS NOT NULL')).toEqual([{ n: 0 }]);
  } finally {
    store.close();
  }
});
