/**
 * A place that holds one component's figures only (a Border Patrol sector: USBP; an OFO
 * field office: OFO; LEVEL_COMPONENT in src/model/places.ts) is answered by a table of that
 * component alone when the request names no component, the same series as with the
 * component named; a request for any other place (a region) still refuses such a table.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { COMPONENTS } from '../../src/store/dimensions/members.js';
import { GEO_LEVELS, LEVEL_COMPONENT } from '../../src/model/index.js';
import { observation as o } from '../../src/sources/types.js';
import { openStore, type Store } from '../../src/store/open.js';
import { queryCatalogue, warmQueryCatalogue } from '../../src/store/query/catalogue.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries, type SeriesResult } from '../../src/store/query/series.js';
import { inlineAdapter } from '../fixtures/inline-adapter.js';
import { storeFromMirror } from '../e2e/store-from-mirror.js';
import { describeMirror } from '../mirror.js';
import { querySeries as referenceSeries } from './reference-query/series.js';

const FY2022 = Array.from({ length: 12 }, (_, i) => `${i < 3 ? 2021 : 2022}-${String(((i + 9) % 12) + 1).padStart(2, '0')}-01`);

// Border Patrol only, by sector (FY2022), with its published southwest border total.
const usbpOnly = inlineAdapter(
  'ohss-khsm',
  [
    { id: 'ohss-khsm/monthly-sector', measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 10 },
    { id: 'ohss-khsm/monthly-region', measure: 'encounters', grain: 'month', complete: [], rounding: 10 },
  ],
  FY2022.flatMap((m) => [
    o('ohss-khsm/monthly-sector', m, 100, { geography: 'USBP-RGV', component: 'USBP' }),
    o('ohss-khsm/monthly-sector', m, 50, { geography: 'USBP-TCA', component: 'USBP' }),
    o('ohss-khsm/monthly-region', m, 150, { geography: 'US-SWB', component: 'USBP' }),
  ]),
);

// All of CBP by sector and field office, from April 2022: it ranks above the Border Patrol-only source.
const allCbp = inlineAdapter(
  'ohss-monthly',
  [{ id: 'ohss-monthly/swb-encounters-sector', measure: 'encounters', grain: 'month', complete: ['geography', 'component'], rounding: 10 }],
  FY2022.slice(6).flatMap((m) => [
    o('ohss-monthly/swb-encounters-sector', m, 110, { geography: 'USBP-RGV', component: 'USBP' }),
    o('ohss-monthly/swb-encounters-sector', m, 40, { geography: 'OFO-SDO', component: 'OFO' }),
  ]),
);

// OFO only, by field office (FY2022).
const ofoOnly = inlineAdapter(
  'toy-ofo',
  [{ id: 'toy-ofo/field-offices', measure: 'encounters', grain: 'month', complete: ['geography'], rounding: 1 }],
  FY2022.flatMap((m) => [
    o('toy-ofo/field-offices', m, 33, { geography: 'OFO-SDO', component: 'OFO' }),
    o('toy-ofo/field-offices', m, 21, { geography: 'OFO-LRD', component: 'OFO' }),
  ]),
);

let store: Store;
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'corridor-place-component-')), 's.duckdb'));
  const outcomes = await ingest(store, [usbpOnly, allCbp, ofoOnly], { origin: { mirror: tmpdir() } });
  expect(outcomes.map((x) => x.error?.message ?? x.status)).toEqual(['loaded', 'loaded', 'loaded']);
});
afterAll(() => store?.close());

const q = (req: SeriesRequest) => querySeries(store.conn, req);
/** The series without the component key (which a request naming the component reports). */
const series = (r: SeriesResult) => r.rows.map((x) => [x.period, x.keys.geography, x.value, x.dataset, x.complete]);
const reason = (r: SeriesResult, dataset: string) => r.considered.find((c) => c.dataset === dataset);

describe('a place that holds one component only', () => {
  it('states the rule in the data model: sectors are Border Patrol, field offices OFO, each a component code', () => {
    expect(LEVEL_COMPONENT).toMatchObject({ sector: 'USBP', 'field-office': 'OFO' });
    for (const [level, component] of Object.entries(LEVEL_COMPONENT)) {
      expect(GEO_LEVELS).toContain(level);
      expect(COMPONENTS.map((c) => c.code)).toContain(component);
    }
    // A level that holds several components has none.
    expect(LEVEL_COMPONENT).not.toHaveProperty('region');
    expect(LEVEL_COMPONENT).not.toHaveProperty('country');
  });

  it('a Border Patrol sector without a component is answered by a Border Patrol-only table, as with component=USBP', async () => {
    const bare = await q({ measure: 'encounters', where: { geography: ['USBP-RGV'] } });
    const named = await q({ measure: 'encounters', where: { geography: ['USBP-RGV'], component: ['USBP'] } });
    expect(series(bare)).toEqual(series(named));
    // From the first month of the Border Patrol-only table; the better source where it has the month.
    expect(bare.rows.map((x) => [x.period, x.value, x.dataset])).toEqual([
      ...FY2022.slice(0, 6).map((m) => [m, 100, 'ohss-khsm/monthly-sector']),
      ...FY2022.slice(6).map((m) => [m, 110, 'ohss-monthly/swb-encounters-sector']),
    ]);
    expect(bare.rows[0].keys).toEqual({ geography: 'USBP-RGV' });
    expect(reason(bare, 'ohss-khsm/monthly-sector')).toMatchObject({ answer: true });
  });

  it('several sectors at once, and by fiscal year', async () => {
    const bare = await q({ measure: 'encounters', where: { geography: ['USBP-RGV', 'USBP-TCA'] }, grain: 'fy' });
    const named = await q({ measure: 'encounters', where: { geography: ['USBP-RGV', 'USBP-TCA'], component: ['USBP'] }, grain: 'fy' });
    expect(series(bare)).toEqual(series(named));
    expect(bare.rows.map((x) => [x.keys.geography, x.value, x.complete])).toEqual([['USBP-RGV', 1200, true], ['USBP-TCA', 600, true]]);
  });

  it('an OFO field office without a component is answered by an OFO-only table, as with component=OFO', async () => {
    const bare = await q({ measure: 'encounters', where: { geography: ['OFO-LRD'] } });
    const named = await q({ measure: 'encounters', where: { geography: ['OFO-LRD'], component: ['OFO'] } });
    expect(series(bare)).toEqual(series(named));
    expect(bare.rows.map((x) => [x.period, x.value])).toEqual(FY2022.map((m) => [m, 21]));
  });

  it('still refuses a table of one component for a region, or for a sector asked together with its region', async () => {
    const swb = await q({ measure: 'encounters', where: { geography: ['US-SWB'] } });
    // Only the table of all of CBP answers (its sectors and field offices summed), from April 2022.
    expect(swb.rows.map((x) => [x.period, x.value, x.dataset])).toEqual(FY2022.slice(6).map((m) => [m, 150, 'ohss-monthly/swb-encounters-sector']));
    for (const d of ['ohss-khsm/monthly-region', 'ohss-khsm/monthly-sector']) {
      expect(reason(swb, d)).toMatchObject({ answer: false, reason: 'covers only component USBP, not the total', reason_es: 'solo cubre componente USBP, no el total' });
    }
    const mixed = await q({ measure: 'encounters', where: { geography: ['USBP-RGV', 'US-SWB'] } });
    expect(reason(mixed, 'ohss-khsm/monthly-sector')).toMatchObject({ answer: false, reason: 'covers only component USBP, not the total' });
  });

  it('refuses a table of another component for the place', async () => {
    // A sector and a field office together belong to no one component.
    const r = await q({ measure: 'encounters', where: { geography: ['USBP-RGV', 'OFO-SDO'] } });
    expect(reason(r, 'ohss-khsm/monthly-sector')?.answer).toBe(false);
    expect(reason(r, 'toy-ofo/field-offices')?.answer).toBe(false);
    expect(r.rows.every((x) => x.dataset === 'ohss-monthly/swb-encounters-sector')).toBe(true);
  });

  it('answers the same from the store, from the cells in memory, and as the reference engine', async () => {
    const requests: SeriesRequest[] = [
      { measure: 'encounters', where: { geography: ['USBP-RGV'] } },
      { measure: 'encounters', where: { geography: ['USBP-RGV', 'USBP-TCA'] }, grain: 'cy' },
      { measure: 'encounters', where: { geography: ['OFO-SDO'] }, grain: 'fy' },
    ];
    const fromStore = await Promise.all(requests.map(q));
    for (const [i, req] of requests.entries()) {
      const theirs = await referenceSeries(store.conn, req);
      expect(series(fromStore[i])).toEqual(theirs.rows.map((x) => [x.period, x.keys.geography, x.value, x.dataset, x.complete]));
    }
    await warmQueryCatalogue(store.conn);
    for (const req of requests) await q(req);
    await (await queryCatalogue(store.conn)).cells()!.idle();
    for (const [i, req] of requests.entries()) expect(await q(req)).toEqual(fromStore[i]);
  });
});

describeMirror('on the mirror: a sector or field office without a component', () => {
  let mirror: Store;
  beforeAll(async () => {
    ({ store: mirror } = await storeFromMirror());
  }, 600_000);
  afterAll(() => mirror?.close());

  it('USBP-RGV gives the series of USBP-RGV,component=USBP, from October 1999 (CBP legacy sector tables)', async () => {
    const bare = await querySeries(mirror.conn, { measure: 'encounters', where: { geography: ['USBP-RGV'] } });
    const named = await querySeries(mirror.conn, { measure: 'encounters', where: { geography: ['USBP-RGV'], component: ['USBP'] } });
    expect(series(bare)).toEqual(series(named));
    expect(bare.rows[0]).toMatchObject({ period: '1999-10-01', source: 'cbp-legacy-monthly' });
    // The precedence: CBP's exact legacy figures to FY2020, then OHSS's monthly tables.
    expect(bare.rows.find((x) => x.period === '2020-09-01')).toMatchObject({ source: 'cbp-legacy-monthly' });
    expect(bare.rows.find((x) => x.period === '2020-10-01')).toMatchObject({ source: 'ohss-monthly' });
  }, 120_000);

  it('the southwest border still refuses the Border Patrol-only tables', async () => {
    const r = await querySeries(mirror.conn, { measure: 'encounters', where: { geography: ['US-SWB'] } });
    expect(r.rows.some((x) => x.source === 'cbp-legacy-monthly' || x.source === 'ohss-khsm')).toBe(false);
    expect(reason(r, 'cbp-legacy-monthly/sectors')?.reason).toBe('covers only component USBP, not the total');
  }, 120_000);

  it('OFO-SDO gives the series of OFO-SDO,component=OFO', async () => {
    const bare = await querySeries(mirror.conn, { measure: 'encounters', where: { geography: ['OFO-SDO'] } });
    const named = await querySeries(mirror.conn, { measure: 'encounters', where: { geography: ['OFO-SDO'], component: ['OFO'] } });
    expect(series(bare)).toEqual(series(named));
  }, 120_000);
});
