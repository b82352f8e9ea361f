import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o, type SourceAdapter } from '../../src/sources/types.js';
import { openStore, rows } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';

const place = (code: string, parents: string[]) => ({ code, level: 'municipality' as const, label: { en: code, es: code }, parents });

function municipalities(codes: string[]): SourceAdapter {
  return {
    describe: {
      id: 'toy-mx', title: { en: 't', es: 't' }, publisher: { en: 'tests', es: 'pruebas' }, landingPage: 'http://127.0.0.1/', licence: { en: 'test', es: 'prueba' }, coverage: { en: 'test', es: 'prueba' },
      thirdParty: false, files: [],
      datasets: [{ id: 'toy-mx/pop', title: { en: 't', es: 't' }, measure: 'encounters', grain: 'cy', complete: ['geography'], rounding: 1 }],
    },
    parse: async () => ({
      observations: codes.map((c, i) => o('toy-mx/pop', '2020-01-01', 10 * (i + 1), { geography: c })),
      places: codes.map((c) => place(c, ['MX-07'])),
      shapes: [{ code: codes[0], geometry: { type: 'Point', coordinates: [-92.1, 14.9] } }],
    }),
  };
}

it('stores the places a source defines, sums them up the hierarchy, and replaces them on reload', async () => {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-places-')), 's.duckdb'));
  try {
    const [first] = await ingest(store, [municipalities(['MX-07089', 'MX-07059'])], { origin: { mirror: tmpdir() } });
    expect(first.status).toBe('loaded');
    const chiapas = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['MX-07'] }, grain: 'cy' });
    expect(chiapas.rows.map((r) => r.value)).toEqual([30]);
    const southernBorder = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['MX-SB'] }, grain: 'cy' });
    // Chiapas's municipalities are not the whole southern border: no answer rather than a wrong one.
    expect(southernBorder.rows).toEqual([]);
    // The reason goes on to say the measure is counted elsewhere (src/store/query/home.ts).
    expect(southernBorder.considered[0].reason).toMatch(/^has no figure for geography MX-SB: \S+ is counted in \S+ .*MX-SB is not in /);
    expect(await rows(store.conn, "SELECT code, source_id FROM places WHERE source_id = 'toy-mx' ORDER BY code")).toHaveLength(2);
    expect(await rows(store.conn, 'SELECT code, geometry FROM place_shapes')).toEqual([{ code: 'MX-07089', geometry: '{"type":"Point","coordinates":[-92.1,14.9]}' }]);

    // A new vintage that defines a different set of places replaces the old set.
    const bad = municipalities(['MX-07089']);
    bad.describe.datasets[0].rounding = 1;
    const store2 = store;
    await store2.conn.run("DELETE FROM vintages WHERE source_id = 'toy-mx'"); // force a reload of the same (fileless) source
    await ingest(store2, [bad], { origin: { mirror: tmpdir() } });
    expect(await rows(store.conn, "SELECT code FROM places WHERE source_id = 'toy-mx'")).toEqual([{ code: 'MX-07089' }]);
    expect(await rows(store.conn, "SELECT ancestor FROM place_ancestors WHERE code = 'MX-07089' ORDER BY ancestor")).toEqual([
      { ancestor: 'MX' }, { ancestor: 'MX-07' }, { ancestor: 'MX-07089' }, { ancestor: 'MX-SB' }, { ancestor: 'WLD' },
    ]);
  } finally {
    store.close();
  }
});

it('rejects a place whose parent is unknown, and loads nothing', async () => {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-places-')), 's.duckdb'));
  try {
    const adapter = municipalities(['MX-99001']);
    const parse = adapter.parse;
    adapter.parse = async (ctx) => {
      const r = await parse(ctx);
      if (Array.isArray(r)) return r;
      return { ...r, places: [place('MX-99001', ['MX-99'])] };
    };
    const [outcome] = await ingest(store, [adapter], { origin: { mirror: tmpdir() } });
    expect(outcome.error?.message).toMatch(/expected a known parent place for MX-99001, found "MX-99"/);
    expect(await rows(store.conn, 'SELECT count(*) AS n FROM places WHERE source_id IS NOT NULL')).toEqual([{ n: 0 }]);
  } finally {
    store.close();
  }
});
