/**
 * Exact figures by default (the unrounded CBP legacy series wins over OHSS's rounded one to
 * FY2020) and a measure answering for its own country (Mexican measures are not filtered to
 * the US), on the whole mirror, against SQL on the publishers' tables.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runChecks } from '../../src/analysis/checks/run.js';
import { rows, type Store } from '../../src/store/open.js';
import { buildRequest } from '../../src/store/query/request.js';
import { querySeries } from '../../src/store/query/series.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('exact figures by default; a measure knows its country', () => {
  let store: Store;
  beforeAll(async () => {
    store = (await storeFromMirror()).store;
  });
  afterAll(() => store?.close());
  const query = async (raw: Parameters<typeof buildRequest>[1]) => querySeries(store.conn, await buildRequest(store.conn, raw));

  it('Border Patrol southwest apprehensions FY2019 = 851,508 and May 2019 = 132,856 from a default query (CBP legacy, unrounded)', async () => {
    const fy = await query({ measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'], grain: 'fy', from: 'FY2019', to: 'FY2019' });
    expect(fy.rows.map((r) => [r.value, r.source, r.rounding])).toEqual([[851_508, 'cbp-legacy-monthly', 1]]);
    const may = await query({ measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'], from: '2019-05', to: '2019-05' });
    expect(may.rows.map((r) => r.value)).toEqual([132_856]);
    // OHSS publishes the same figure rounded to 10: it is the cross-check, not the answer.
    const [ohss] = await rows<{ v: number }>(store.conn, `SELECT value AS v FROM observations WHERE dataset_id = 'ohss-monthly/swb-encounters-agency' AND period = DATE '2019-05-01' AND component = 'USBP' AND geography = 'US-SWB'`);
    expect(ohss.v).toBe(132_860);
  });

  it('the first fiscal year after the legacy series ends comes from OHSS again', async () => {
    const r = await query({ measure: 'encounters', where: ['geography=US-SWB', 'component=USBP'], grain: 'fy', from: 'FY2020', to: 'FY2021' });
    expect(r.rows.map((x) => x.source)).toEqual(['cbp-legacy-monthly', 'ohss-monthly']);
  });

  it('corridor check compares OHSS (rounded) with the exact legacy figures by fiscal year, within rounding', async () => {
    const results = await runChecks(store.conn);
    const fy = results.find((r) => r.id === 'overlap/swb-usbp-fy')!;
    expect(fy.summary.en).toMatch(/ohss-monthly vs cbp-legacy-monthly/);
    expect(fy.summary.es).toMatch(/ohss-monthly frente a cbp-legacy-monthly/);
  });

  it('inm-returns of Hondurans answers for Mexico, as SQL on the INM table sums it', async () => {
    const r = await query({ measure: 'inm-returns', where: ['citizenship=HND'], grain: 'cy', from: '2025', to: '2025' });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0].keys.geography).toBe('MX');
    const [{ v }] = await rows<{ v: number }>(store.conn, `SELECT sum(value) AS v FROM observations WHERE dataset_id = 'inm-ianami/returns' AND citizenship = 'HND' AND category = 'ALL' AND year(period) = 2025 AND geography LIKE 'MX-%'`);
    expect(r.rows[0].value).toBe(v);
  });

  it('an impossible place filter says why: a Mexican measure at a US place', async () => {
    const r = await query({ measure: 'inm-returns', where: ['geography=US-SWB'], grain: 'cy' });
    expect(r.rows).toEqual([]);
    expect(r.considered[0].reason).toMatch(/inm-returns is counted in MX .*US-SWB is not in MX/);
  });

  it('US measures keep the US as their default place', async () => {
    const r = await query({ measure: 'encounters', where: ['component=USBP'], grain: 'fy', from: 'FY2019', to: 'FY2019' });
    expect(r.rows[0].keys.geography ?? 'US').toBe('US');
  });
});
