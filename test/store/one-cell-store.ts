/**
 * A store with one cell, for the tests of what the query engine reads and refuses: southwest
 * border encounters by Border Patrol, January 2022, from a toy CBP table (cbp-sbo/sw-monthly).
 * The store's dimensions (codes, labels, demonyms) are the real ones, written with the vintage.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

const toy = inlineAdapter(
  'cbp-sbo',
  [{ id: 'cbp-sbo/sw-monthly', measure: 'encounters', grain: 'month', complete: ['component'], rounding: 1 }],
  [o('cbp-sbo/sw-monthly', '2022-01-01', 10, { geography: 'US-SWB', component: 'USBP' })],
);

export async function oneCellStore(): Promise<Store> {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-one-cell-')), 's.duckdb'));
  await ingest(store, [toy], { origin: { mirror: tmpdir() } });
  return store;
}
