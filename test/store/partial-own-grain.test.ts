/**
 * A period a table publishes whole but marks partial (`partialPeriods`: OHSS's FY2024 "year
 * to date", October 2023 to August 2024, in its fiscal-year tables), asked at the table's own
 * grain: incomplete, and none of its one part complete. Before: complete false beside parts
 * 1 of 1, in the CLI's and the API's CSV alike.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

const toy = inlineAdapter(
  'ohss-monthly',
  [{ id: 'ohss-monthly/encounters-type-national-fy', measure: 'encounters', grain: 'fy', complete: [], rounding: 10, partialPeriods: ['2023-10-01'] }],
  [o('ohss-monthly/encounters-type-national-fy', '2022-10-01', 3_201_140, { geography: 'US' }), o('ohss-monthly/encounters-type-national-fy', '2023-10-01', 2_756_470, { geography: 'US' })],
);

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-partial-')), 's.duckdb'));
  await ingest(store, [toy], { origin: { mirror: tmpdir() } });
});
afterAll(() => store?.close());

it('a fiscal year to date reads 0 of 1 parts complete, the full year before it 1 of 1', async () => {
  const r = await querySeries(store.conn, { measure: 'encounters', where: { geography: ['US'] }, grain: 'fy' });
  expect(r.rows.map((x) => [x.period, x.value, x.complete, x.parts, x.expectedParts])).toEqual([
    ['2022-10-01', 3_201_140, true, 1, 1],
    ['2023-10-01', 2_756_470, false, 0, 1],
  ]);
});
