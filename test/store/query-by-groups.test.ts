/**
 * A grouped request (`by`) drops no group: when the best table for a period lists only some
 * of the groups (a Border Patrol-only table asked by component), each group it lacks comes
 * from the next table that has it, each row naming its own table. A table complete in the
 * dimension asked by (its residual row, Other, holds every code it does not name) answers
 * alone, so no code is counted twice. Ungrouped requests are answered as before.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { querySeries as referenceSeries } from './reference-query/series.js';

const FY2019 = Array.from({ length: 12 }, (_, i) => `${i < 3 ? 2018 : 2019}-${String(((i + 9) % 12) + 1).padStart(2, '0')}-01`);

// CBP's exact legacy Border Patrol series (ranked first to FY2020): Border Patrol only.
const legacy = inlineAdapter(
  'cbp-legacy-monthly',
  [{ id: 'cbp-legacy-monthly/regions', measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 1 }],
  FY2019.map((m) => o('cbp-legacy-monthly/regions', m, 101, { geography: 'US-SWB', component: 'USBP' })),
);

// OHSS (rounded, ranked below): all of CBP by component, and by citizenship with a residual row.
const ohss = inlineAdapter(
  'ohss-monthly',
  [
    { id: 'ohss-monthly/swb-encounters-agency', measure: 'encounters', grain: 'month', complete: ['component'], rounding: 10 },
    { id: 'ohss-monthly/swb-encounters-citizenship', measure: 'encounters', grain: 'month', complete: ['citizenship', 'component'], rounding: 10 },
  ],
  FY2019.flatMap((m) => [
    o('ohss-monthly/swb-encounters-agency', m, 130, { geography: 'US-SWB', component: 'ALL' }),
    o('ohss-monthly/swb-encounters-agency', m, 100, { geography: 'US-SWB', component: 'USBP' }),
    o('ohss-monthly/swb-encounters-agency', m, 30, { geography: 'US-SWB', component: 'OFO' }),
    o('ohss-monthly/swb-encounters-citizenship', m, 60, { geography: 'US-SWB', component: 'ALL', citizenship: 'HND' }),
    o('ohss-monthly/swb-encounters-citizenship', m, 40, { geography: 'US-SWB', component: 'ALL', citizenship: 'GTM' }),
    o('ohss-monthly/swb-encounters-citizenship', m, 30, { geography: 'US-SWB', component: 'ALL', citizenship: 'OTHER' }),
  ]),
);

// CBP's own file (ranked above OHSS) for the first half of FY2019: two citizenships, every other in Other.
const sbo = inlineAdapter(
  'cbp-sbo',
  [{ id: 'cbp-sbo/sw-monthly', measure: 'encounters', grain: 'month', complete: ['component', 'citizenship'], rounding: 1 }],
  FY2019.slice(0, 6).flatMap((m) => [
    o('cbp-sbo/sw-monthly', m, 61, { geography: 'US-SWB', component: 'USBP', citizenship: 'HND' }),
    o('cbp-sbo/sw-monthly', m, 70, { geography: 'US-SWB', component: 'USBP', citizenship: 'OTHER' }),
  ]),
);

let store: Store;
let warm: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-by-groups-')), 's.duckdb'));
  const outcomes = await ingest(store, [legacy, ohss, sbo], { origin: { mirror: tmpdir() } });
  expect(outcomes.map((x) => x.error?.message ?? x.status)).toEqual(['loaded', 'loaded', 'loaded']);
  store.close();
  store = await openStore(store.path, { readOnly: true });
  warm = await openStore(store.path, { readOnly: true });
  await warmQueryCatalogue(warm.conn);
});
afterAll(() => {
  store?.close();
  warm?.close();
});

/** The engine's answer, checked against the reference engine and the warmed (in-memory) engine. */
async function q(req: SeriesRequest) {
  const mine = await querySeries(store.conn, req);
  // The notices on how the range was read came after the reference engine (src/store/query/periods.test.ts checks them).
  const { considered, notices: _notices, ...rest } = mine;
  const theirs = await referenceSeries(store.conn, req);
  expect({ ...rest, considered: considered.map(({ reason_es: _es, ...c }) => c) }).toEqual(theirs);
  await querySeries(warm.conn, req);
  await (await queryCatalogue(warm.conn)).cells()?.idle();
  expect(await querySeries(warm.conn, req)).toEqual(mine);
  return mine;
}

describe('a grouped request drops no group', () => {
  it('takes Border Patrol from the exact legacy table and OFO from OHSS, month by month and by fiscal year', async () => {
    const month = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['component'], from: '2018-10-01', to: '2018-11-01' });
    expect(month.rows.map((r) => [r.period, r.keys.component, r.value, r.source])).toEqual([
      ['2018-10-01', 'OFO', 30, 'ohss-monthly'],
      ['2018-10-01', 'USBP', 101, 'cbp-legacy-monthly'],
      ['2018-11-01', 'OFO', 30, 'ohss-monthly'],
      ['2018-11-01', 'USBP', 101, 'cbp-legacy-monthly'],
    ]);
    const fy = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['component'], grain: 'fy' });
    expect(fy.rows.map((r) => [r.keys.component, r.value, r.dataset, r.complete])).toEqual([
      ['OFO', 360, 'ohss-monthly/swb-encounters-agency', true],
      ['USBP', 1212, 'cbp-legacy-monthly/regions', true],
    ]);
    // Each row is the answer to the request filtered to its group.
    for (const c of ['USBP', 'OFO']) {
      const one = await q({ measure: 'encounters', where: { geography: ['US-SWB'], component: [c] }, grain: 'fy' });
      expect(one.rows.map((r) => [r.value, r.dataset])).toEqual(fy.rows.filter((r) => r.keys.component === c).map((r) => [r.value, r.dataset]));
    }
  });

  it('leaves an ungrouped request as it was: the total from OHSS (the legacy table is Border Patrol only)', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, grain: 'fy' });
    expect(r.rows.map((x) => [x.value, x.source])).toEqual([[1560, 'ohss-monthly']]);
  });

  it('never adds codes to a table complete in the dimension asked by: they are in its Other row', async () => {
    const r = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['citizenship'], from: '2018-10-01', to: '2018-10-01' });
    expect(r.rows.map((x) => [x.keys.citizenship, x.value, x.source])).toEqual([
      ['HND', 61, 'cbp-sbo'],
      ['OTHER', 70, 'cbp-sbo'],
    ]);
    // Where CBP's file has no figures, OHSS answers alone.
    const later = await q({ measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['citizenship'], from: '2019-04-01', to: '2019-04-01' });
    expect(later.rows.map((x) => [x.keys.citizenship, x.value, x.source])).toEqual([
      ['GTM', 40, 'ohss-monthly'],
      ['HND', 60, 'ohss-monthly'],
      ['OTHER', 30, 'ohss-monthly'],
    ]);
  });
});

describeMirror('on the real mirror, the US-SWB series by component', () => {
  let real: Store;
  beforeAll(async () => {
    ({ store: real } = await storeFromMirror());
  }, 600_000);
  afterAll(() => real?.close());

  it('has Border Patrol (CBP legacy, exact) and OFO (OHSS) in FY2014-FY2020, adding up to the total but for rounding', async () => {
    const req: SeriesRequest = { measure: 'encounters', where: { geography: ['US-SWB'] }, by: ['component'], grain: 'fy', from: '2013-10-01', to: '2020-10-01' };
    const r = await querySeries(real.conn, req);
    const fy2014 = r.rows.filter((x) => x.period === '2013-10-01');
    expect(fy2014.map((x) => [x.keys.component, x.value, x.dataset])).toEqual([
      ['OFO', 90_680, 'ohss-monthly/swb-encounters-agency-fy'],
      ['USBP', 479_371, 'cbp-legacy-monthly/regions'],
    ]);
    for (let y = 2013; y <= 2020; y++) expect(r.rows.filter((x) => x.period === `${y}-10-01`).map((x) => x.keys.component), String(y)).toEqual(['OFO', 'USBP']);
    // The total (OHSS, rounded to 10) is 570,050; CBP's exact Border Patrol figure is 479,371 where OHSS rounds to 479,370.
    const total = await querySeries(real.conn, { ...req, by: [] });
    expect(total.rows.find((x) => x.period === '2013-10-01')?.value).toBe(570_050);
    expect(fy2014.reduce((s, x) => s + (x.value ?? 0), 0) - 570_050).toBe(1);
    const { notices: _notices, ...answer } = r;
    expect(await referenceSeries(real.conn, req)).toEqual({ ...answer, considered: r.considered.map(({ reason_es: _es, ...c }) => c) });
  }, 600_000);
});
