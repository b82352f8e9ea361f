/**
 * Mexico's side, the region's asylum data, vaccine doses and places, loaded with the rest
 * of the mirror: the published totals come out of the same queries a user runs, and the
 * corridor view follows a nationality across both countries' sources.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corridorTable, corridorView } from '../../src/analysis/corridor/view.js';
import type { Store } from '../../src/store/open.js';
import { rows } from '../../src/store/open.js';
import { querySeries } from '../../src/store/query/series.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('Mexico, UNHCR, vaccines and places from the whole mirror', () => {
  let store: Store;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  const value = async (req: SeriesRequest) => {
    const r = await querySeries(store.conn, req);
    expect(r.rows, JSON.stringify(r.considered.filter((c) => !c.answer).slice(0, 3))).toHaveLength(1);
    return r.rows[0].value;
  };

  it.each([
    ['2019', 182_940],
    ['2020', 82_379],
  ])('UPM apprehension events (presentados) in %s = %i', async (year, expected) => {
    expect(await value({ measure: 'mx-presentados', where: { geography: ['MX'] }, grain: 'cy', from: `${year}-01-01`, to: `${year}-01-01` })).toBe(expected);
  });

  it('UNHCR asylum applications lodged in Mexico in 2021 = 131,418', async () => {
    expect(await value({ measure: 'asylum-applications', where: { geography: ['MX'] }, grain: 'cy', from: '2021-01-01', to: '2021-01-01' })).toBe(131_418);
  });

  it('US doses donated as of 3 Aug 2021: 111,701,000 in all, 4,049,000 to Mexico', async () => {
    expect(await value({ measure: 'vaccine-doses-donated', where: { geography: ['WLD'], category: ['donor:USA'] }, grain: 'month', from: '2021-08-01', to: '2021-08-01' })).toBe(111_701_000);
    expect(await value({ measure: 'vaccine-doses-donated', where: { geography: ['MX'], category: ['donor:USA'] }, grain: 'month', from: '2021-08-01', to: '2021-08-01' })).toBe(4_049_000);
  });

  it('INEGI municipal population sums to 126,014,024', async () => {
    expect(await value({ measure: 'population', where: { geography: ['MX'] }, grain: 'cy' })).toBe(126_014_024);
  });

  it('every nationality label in every Mexican file maps to a country or an explicit group (ingest would have failed otherwise)', async () => {
    const failed = await rows(store.conn, "SELECT source_id FROM vintages WHERE source_id IN ('inm-ianami', 'upm-rechazos', 'unhcr')");
    expect(failed).toHaveLength(3);
  });

  it('follows Honduras along the corridor, each stage from its own source', async () => {
    const view = await corridorView(store.conn, 'HND', '2024-10', '2025-03');
    const t = corridorTable(view, 'month');
    const columns = Object.fromEntries(t.columns.map((c) => [c.id, c.sources]));
    expect(columns['inm-rescatados']).toEqual(['inm-ianami']);
    expect(columns['swb-encounters']).toEqual(['cbp-sbo']);
    expect(columns['inm-returns']).toEqual(['inm-ianami']);
    // Returns of Hondurans by Mexico, Oct 2024 - Mar 2025, equal the INM file's daily sums.
    const returns = t.rows.reduce((n, r) => n + (r.values['inm-returns']?.value ?? 0), 0);
    const [{ direct }] = await rows<{ direct: number }>(
      store.conn,
      `SELECT sum(value) AS direct FROM observations WHERE dataset_id = 'inm-ianami/returns' AND citizenship = 'HND'
         AND category = 'ALL' AND demographic = 'ALL' AND period BETWEEN DATE '2024-10-01' AND DATE '2025-03-31'`,
    );
    expect(returns).toBe(direct);
    const annual = corridorTable(view, 'cy');
    expect(annual.columns.map((c) => c.id)).toEqual(expect.arrayContaining(['asylum-mx']));
  });
});
