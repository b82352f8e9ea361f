import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridorTable, corridorView } from '../../src/analysis/corridor/view.js';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

// A US border table by citizenship, and a daily Mexican table with a month that lacks days.
const us = inlineAdapter('us-toy', [{ id: 'us-toy/swb', measure: 'encounters', grain: 'month', complete: ['citizenship'], rounding: 1 }], [
  o('us-toy/swb', '2021-03-01', 100, { geography: 'US-SWB', citizenship: 'HND' }),
  o('us-toy/swb', '2021-03-01', 50, { geography: 'US-SWB', citizenship: 'OTHER' }),
  o('us-toy/swb', '2021-04-01', 80, { geography: 'US-SWB', citizenship: 'HND' }),
]);
const mxAdapter = inlineAdapter('mx-toy', [{ id: 'mx-toy/rescued', measure: 'inm-rescatados', grain: 'day', complete: ['geography'], rounding: 1 }], [
  ...Array.from({ length: 31 }, (_, d) => o('mx-toy/rescued', `2021-03-${String(d + 1).padStart(2, '0')}`, 2, { geography: 'MX-07', citizenship: 'HND' })),
  o('mx-toy/rescued', '2021-04-01', 5, { geography: 'MX-07', citizenship: 'HND' }),
  o('mx-toy/rescued', '2021-04-01', 1, { geography: 'MX-02', citizenship: 'GTM' }), // states of the north and south: the table covers Mexico
]);
mxAdapter.describe.measures = [{ id: 'inm-rescatados', label: { en: 'r', es: 'r' }, definition: { en: 'r', es: 'r' }, unit: 'events' }];

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-view-')), 's.duckdb'));
  await ingest(store, [us, mxAdapter], { origin: { mirror: tmpdir() } });
});
afterAll(() => store.close());

describe('the corridor view', () => {
  it('puts each stage of one nationality side by side, by month, each with its source and completeness', async () => {
    const view = await corridorView(store.conn, 'HND', '2021-03', '2021-04');
    const t = corridorTable(view, 'month');
    expect(t.columns.map((c) => [c.id, c.sources])).toEqual([['inm-rescatados', ['mx-toy']], ['swb-encounters', ['us-toy']]]);
    expect(t.rows).toEqual([
      { period: '2021-03-01', values: { 'inm-rescatados': { value: 62, source: 'mx-toy', complete: true }, 'swb-encounters': { value: 100, source: 'us-toy', complete: true } } },
      { period: '2021-04-01', values: { 'inm-rescatados': { value: 5, source: 'mx-toy', complete: false }, 'swb-encounters': { value: 80, source: 'us-toy', complete: true } } },
    ]);
  });

  it('says why a stage has no figures instead of showing zero', async () => {
    const view = await corridorView(store.conn, 'HND', '2021-03', '2021-04');
    const uc = view.entries.find((e) => e.entry.id === 'swb-uc');
    expect(uc?.rows).toEqual([]);
    expect(uc?.missing).toMatch(/us-toy\/swb: has no demographic UC/);
    expect(view.entries.find((e) => e.entry.id === 'asylum-mx')?.missing).toMatch(/unknown measure "asylum-applications"/); // the toy store defines only its adapters' measures
  });

  it('rejects anything but one citizenship code', async () => {
    await expect(corridorView(store.conn, 'Honduras')).rejects.toThrow(/needs one citizenship code/);
  });
});
