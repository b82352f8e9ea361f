import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';

// Two hand-made "publishers" of encounters. The rounded one covers Border Patrol only,
// by sector, with a published region total; the unrounded one covers all of CBP at
// the southwest border, by component, from 2021-10 on. Legacy precedence is tested
// through the real source ids the precedence names.
const months = (fy: number) => Array.from({ length: 12 }, (_, i) => `${i < 3 ? fy - 1 : fy}-${String(((i + 9) % 12) + 1).padStart(2, '0')}-01`);

const rounded = inlineAdapter(
  'ohss-khsm',
  [
    { id: 'ohss-khsm/monthly-sector', measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 10 },
    { id: 'ohss-khsm/monthly-region', measure: 'encounters', grain: 'month', complete: [], rounding: 10 }, // lists only the SW border
    { id: 'ohss-khsm/annual-count', measure: 'encounters', grain: 'fy', complete: [], rounding: 10 },
  ],
  [
    ...months(2022).flatMap((m) => [
      o('ohss-khsm/monthly-sector', m, 100, { geography: 'USBP-RGV', component: 'USBP' }),
      o('ohss-khsm/monthly-sector', m, 50, { geography: 'USBP-TCA', component: 'USBP' }),
      o('ohss-khsm/monthly-sector', m, 10, { geography: 'USBP-BLW', component: 'USBP' }),
      o('ohss-khsm/monthly-region', m, 160, { geography: 'US-SWB', component: 'USBP' }), // published total differs by rounding
    ]),
    o('ohss-khsm/annual-count', '2003-10-01', 1000, { geography: 'US', component: 'USBP' }),
    o('ohss-khsm/annual-count', '2004-10-01', 2000, { geography: 'US', component: 'USBP' }),
  ],
);

const unrounded = inlineAdapter(
  'cbp-sbo',
  [{ id: 'cbp-sbo/sw-monthly', measure: 'encounters', grain: 'month', complete: ['component', 'citizenship'], rounding: 1 }],
  [
    ...months(2022).slice(0, 6).flatMap((m) => [
      o('cbp-sbo/sw-monthly', m, 141, { geography: 'US-SWB', component: 'USBP', citizenship: 'HND' }),
      o('cbp-sbo/sw-monthly', m, 7, { geography: 'US-SWB', component: 'USBP', citizenship: 'OTHER' }),
      o('cbp-sbo/sw-monthly', m, 30, { geography: 'US-SWB', component: 'OFO', citizenship: 'HND' }),
    ]),
    o('cbp-sbo/sw-monthly', '2022-04-01', null, { geography: 'US-SWB', component: 'OFO', citizenship: 'OTHER' }),
  ],
);

const legacy = inlineAdapter(
  'cbp-legacy-annual',
  [{ id: 'cbp-legacy-annual/nationwide', measure: 'encounters', grain: 'fy', complete: [], rounding: 1 }],
  [o('cbp-legacy-annual/nationwide', '2003-10-01', 1111, { geography: 'US', component: 'USBP' }), o('cbp-legacy-annual/nationwide', '2004-10-01', 2222, { geography: 'US', component: 'USBP' })],
);

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-query-')), 's.duckdb'));
  const outcomes = await ingest(store, [rounded, unrounded, legacy], { origin: { mirror: tmpdir() } });
  expect(outcomes.map((x) => x.error?.message ?? x.status)).toEqual(['loaded', 'loaded', 'loaded']);
});
afterAll(() => store.close());

const q = (req: Parameters<typeof querySeries>[1]) => querySeries(store.conn, req);

describe('the query planner', () => {
  it('prefers the unrounded source where it has the period, and falls back to the rounded one elsewhere', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] } });
    expect(r.rows.map((x) => [x.period, x.value, x.source])).toEqual([
      ...months(2022).slice(0, 6).map((m) => [m, 148, 'cbp-sbo']),
      ...months(2022).slice(6).map((m) => [m, 160, 'ohss-khsm']),
    ]);
  });

  it('takes a published total over the sum of its rounded parts', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, source: 'ohss-khsm' });
    expect(r.rows[0]).toMatchObject({ value: 160, dataset: 'ohss-khsm/monthly-region' });
  });

  it('sums a complete breakdown through the place hierarchy when no total is published', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, source: 'ohss-khsm', from: '2021-10-01', to: '2021-10-01' });
    expect(r.rows).toEqual([expect.objectContaining({ value: 160, dataset: 'ohss-khsm/monthly-sector', cells: 3 })]);
  });

  it('breaks a region down into its sectors', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, by: ['geography'], source: 'ohss-khsm', to: '2021-10-01' });
    expect(r.rows.map((x) => [x.keys.geography, x.value])).toEqual([['USBP-RGV', 100], ['USBP-TCA', 50]]);
  });

  it('never answers for all of CBP from a Border Patrol-only table', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, from: '2022-04-01' });
    expect(r.rows.map((x) => [x.period, x.source])).toEqual([['2022-04-01', 'cbp-sbo']]);
    const khsm = r.considered.find((c) => c.dataset === 'ohss-khsm/monthly-region');
    expect(khsm?.reason).toMatch(/covers only component USBP, not the total/);
  });

  it('a sum that includes a suppressed cell is NULL, never a smaller number', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, from: '2022-04-01', to: '2022-04-01' });
    expect(r.rows).toEqual([expect.objectContaining({ value: null })]);
  });

  it('rolls months up to fiscal years and flags a year that lacks months', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy', source: 'cbp-sbo' });
    expect(r.rows).toEqual([expect.objectContaining({ period: '2021-10-01', value: null, complete: false })]);
    const usbp = await q({ measure: 'encounters', where: { geography: ['US-SWB'], component: ['USBP'] }, grain: 'fy' });
    // cbp-sbo has only six months of FY2022, so the complete OHSS year wins.
    expect(usbp.rows).toEqual([expect.objectContaining({ value: 1920, complete: true, source: 'ohss-khsm' })]);
  });

  it('follows a dated precedence: CBP legacy (exact) to FY2020 over OHSS (rounded)', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy', to: '2004-10-01' });
    expect(r.rows.map((x) => [x.period, x.value, x.source])).toEqual([
      ['2003-10-01', 1111, 'cbp-legacy-annual'],
      ['2004-10-01', 2222, 'cbp-legacy-annual'],
    ]);
    // Only the source restriction reads OHSS's figure of the same year: the cross-check.
    const ohss = await q({ measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy', from: '2004-10-01', to: '2004-10-01', source: 'ohss-khsm' });
    expect(ohss.rows.map((x) => x.value)).toEqual([2000]);
  });

  it('reports several requested codes side by side', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'], citizenship: ['HND', 'OTHER'] }, to: '2021-10-01' });
    expect(r.rows.map((x) => [x.keys.citizenship, x.value])).toEqual([['HND', 171], ['OTHER', 7]]);
  });

  it('says which tables could not answer, and why', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'], citizenship: ['GTM'] } });
    expect(r.rows).toEqual([]);
    expect(r.considered.find((c) => c.dataset === 'cbp-sbo/sw-monthly')?.reason).toBe('has no citizenship GTM');
    // The same reason in Spanish, for a Spanish lead (CLI --lang es, API lang=es).
    expect(r.considered.find((c) => c.dataset === 'cbp-sbo/sw-monthly')?.reason_es).toBe('no tiene ciudadanía GTM');
    for (const c of r.considered.filter((x) => !x.answer)) expect(c.reason_es, c.dataset).toMatch(/^(no |publica |solo |una tabla )/);
  });
});
