/**
 * The whole US mirror loaded into one store reproduces the figures the publishers
 * published, through the same query a user runs, and the hierarchy holds.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runChecks } from '../../src/analysis/checks/run.js';
import type { Store } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('published figures from the whole mirror', () => {
  let store: Store;
  let outcomes: Awaited<ReturnType<typeof storeFromMirror>>['outcomes'];
  beforeAll(async () => {
    ({ store, outcomes } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  async function one(req: SeriesRequest) {
    const result = await querySeries(store.conn, req);
    expect(result.rows).toHaveLength(1);
    return result.rows[0];
  }
  const swb = { geography: ['US-SWB'] };

  it('loads every source without error', () => {
    expect(outcomes.filter((o) => o.status === 'failed').map((o) => `${o.source}: ${o.error?.message}`)).toEqual([]);
  });

  it.each([
    ['FY2021', 1_734_686],
    ['FY2022', 2_378_944],
    ['FY2023', 2_475_669],
  ])('southwest land border encounters %s = %i', async (fy, expected) => {
    const r = await one({ measure: 'encounters', where: swb, grain: 'fy', from: `${Number(fy.slice(2)) - 1}-10-01`, to: `${Number(fy.slice(2)) - 1}-10-01` });
    expect(r.value).toBe(expected);
    expect(r.complete).toBe(true);
    expect(r.rounding).toBe(1);
  });

  it('southwest land border encounters March 2021 = 173,277', async () => {
    expect((await one({ measure: 'encounters', where: swb, from: '2021-03-01', to: '2021-03-01' })).value).toBe(173_277);
  });

  it('Title 42 expulsions at the southwest border FY2021 = 1,063,526', async () => {
    const r = await one({ measure: 'encounters', where: { ...swb, authority: ['T42'] }, grain: 'fy', from: '2020-10-01', to: '2020-10-01' });
    expect(r.value).toBe(1_063_526);
  });

  it('legacy nationwide Border Patrol apprehensions FY2000 = 1,676,438 (CBP legacy wins over OHSS before FY2005)', async () => {
    const r = await one({ measure: 'encounters', where: { geography: ['US'], component: ['USBP'] }, grain: 'fy', from: '1999-10-01', to: '1999-10-01' });
    expect(r.value).toBe(1_676_438);
    expect(r.source).toMatch(/^cbp-legacy/);
  });

  it('Title 8 + Title 42 = total, components add up, sectors add up to their region (reconciliation checks)', async () => {
    const results = await runChecks(store.conn);
    const failed = results.filter((r) => r.status === 'fail').map((r) => `${r.id}: ${r.summary}`);
    expect(failed).toEqual([]);
    const passed = new Set(results.filter((r) => r.status === 'pass').map((r) => r.id));
    for (const id of ['adds-up/cbp-sbo/authority', 'adds-up/cbp-sbo/component', 'adds-up/cbp-state/authority', 'adds-up/ohss-khsm/geography']) {
      expect(passed, id).toContain(id);
    }
  });
});
