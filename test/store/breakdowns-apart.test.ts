/**
 * Breakdowns asked together that a table publishes only one at a time (INM's Mexicans received:
 * by how they came back, or by age group, never both): the request has no row, and the reason
 * says so and what to ask instead. Before: "one table ... can answer ... but holds no figure for
 * this request in the periods asked", and the Sources page's download of that table was empty.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { whyNoRows } from '../../src/store/query/no-rows.js';
import { querySeries } from '../../src/store/query/series.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

// A toy table with the same shape, of a measure defined in code: by authority or by demographic, never both.
const ds = 'cbp-sbo/sw-monthly';
const toy = inlineAdapter(
  'cbp-sbo',
  [{ id: ds, measure: 'encounters', grain: 'month', complete: [], rounding: 1 }],
  [
    o(ds, '2025-01-01', 100, { geography: 'US-SWB' }),
    o(ds, '2025-01-01', 60, { geography: 'US-SWB', authority: 'T8' }),
    o(ds, '2025-01-01', 40, { geography: 'US-SWB', authority: 'T42' }),
    o(ds, '2025-01-01', 90, { geography: 'US-SWB', demographic: 'SA' }),
    o(ds, '2025-01-01', 10, { geography: 'US-SWB', demographic: 'FMUA' }),
  ],
);

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-apart-')), 's.duckdb'));
  await ingest(store, [toy], { origin: { mirror: tmpdir() } });
});
afterAll(() => store?.close());

it('says the two breakdowns are published apart, and what to ask', async () => {
  const r = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['authority', 'demographic'] });
  expect(r.rows).toEqual([]);
  const why = await whyNoRows(store.conn, r);
  expect(why?.en).toBe(
    `No rows: ${ds} breaks its figures down by authority and by demographic separately, never by both at once: ask for one (--by authority or --by demographic; in the API by=authority or by=demographic).`,
  );
  expect(why?.es).toMatch(/^Sin filas: cbp-sbo\/sw-monthly desglosa sus cifras por authority y por demographic por separado, nunca por ambos a la vez/);
});

it('each breakdown alone answers', async () => {
  for (const by of ['authority', 'demographic'] as const) {
    const r = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US-SWB'] }, by: [by] });
    expect(r.rows.reduce((t, x) => t + (x.value ?? 0), 0), by).toBe(100);
  }
});
