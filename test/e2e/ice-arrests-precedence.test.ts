/**
 * ICE's administrative arrests from the whole mirror: ICE's FOIA records (exact) and OHSS's
 * monthly tables (rounded to 10) count the same arrests. The exact figures answer to FY2018;
 * the FOIA file of FY2019 was extracted on 1 September 2019, so its year is partial and OHSS
 * answers from FY2019. `corridor check` reports every month the two disagree beyond rounding.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { overlapCheck } from '../../src/analysis/checks/overlap.js';
import { OVERLAPS } from '../../src/analysis/checks/run.js';
import type { Store } from '../../src/store/open.js';
import type { SeriesRequest } from '../../src/store/query/plan.js';
import { querySeries } from '../../src/store/query/series.js';
import { describeMirror } from '../mirror.js';
import { storeFromMirror } from './store-from-mirror.js';

describeMirror('ICE arrests: FOIA records and OHSS, from the whole mirror', () => {
  let store: Store;
  beforeAll(async () => {
    ({ store } = await storeFromMirror());
  });
  afterAll(() => store?.close());

  const arrests = (req: Partial<SeriesRequest>) => querySeries(store.conn, { measure: 'ice-arrests', where: { geography: ['US'] }, ...req });
  const answer = async (req: Partial<SeriesRequest>) => (await arrests(req)).rows.map((r) => [r.period.slice(0, 7), r.source, r.value]);

  it('the exact FOIA counts win for FY2016-FY2018; OHSS answers FY2019, which the FOIA file covers to 1 September only', async () => {
    // Before: every year came from OHSS (110,100; 143,470; 158,580), its fiscal-year table winning on its grain alone.
    expect(await answer({ grain: 'fy', from: '2015-10-01', to: '2018-10-01' })).toEqual([
      ['2015-10', 'ice-foia', 110_104],
      ['2016-10', 'ice-foia', 143_470],
      ['2017-10', 'ice-foia', 158_581],
      ['2018-10', 'ohss-monthly', 143_100],
    ]);
  });

  it("the FOIA file's FY2019 is partial: 11 of 12 months (September 2019 holds 4 arrests of 1 September)", async () => {
    // Before: complete, 131,904 against OHSS's 143,100, because September had a row.
    const [fy2019] = (await arrests({ grain: 'fy', from: '2018-10-01', to: '2018-10-01', source: 'ice-foia' })).rows;
    expect(fy2019).toMatchObject({ value: 131_904, complete: false, parts: 11, expectedParts: 12 });
    const [september] = (await arrests({ from: '2019-09-01', to: '2019-09-01', source: 'ice-foia' })).rows;
    expect(september).toMatchObject({ value: 4, complete: false });
    // An area of responsibility, which only the FOIA files have, says so too.
    const [houston] = (await querySeries(store.conn, { measure: 'ice-arrests', where: { geography: ['ICE-HOU'] }, grain: 'fy', from: '2018-10-01', to: '2018-10-01' })).rows;
    expect(houston).toMatchObject({ source: 'ice-foia', value: 10_761, complete: false, parts: 11 });
  });

  it('by month: FOIA to September 2018, OHSS from October 2018 (September 2019: 10,960)', async () => {
    expect(await answer({ from: '2018-09-01', to: '2018-10-01' })).toEqual([
      ['2018-09', 'ice-foia', 11_736],
      ['2018-10', 'ohss-monthly', 12_380],
    ]);
    expect(await answer({ from: '2019-09-01', to: '2019-09-01' })).toEqual([['2019-09', 'ohss-monthly', 10_960]]);
  });

  it('corridor check: the years agree within rounding; FY2019 months lack arrests recorded after the extract', async () => {
    const run = (id: string) => {
      const o = OVERLAPS.find((c) => c.id === id)!;
      return overlapCheck(store.conn, o.id, o.title, o.req);
    };
    const fy = await run('overlap/ice-arrests-fy');
    expect(fy.status).toBe('pass');
    expect(fy.figures.comparisons).toEqual([
      { source: 'ohss-monthly', periods: 3, beyondRounding: 0, worst: expect.objectContaining({ period: '2015-10-01', theirs: 110_100, chosen: 110_104, chosenFrom: 'ice-foia', diff: -4 }) },
    ]);
    const month = await run('overlap/ice-arrests-month');
    expect(month.status).toBe('differs');
    // OHSS's one rounded cell allows 10 either way, whatever the number of FOIA cells summed:
    // March-August 2019 lack 14 to 52 arrests (before: the FOIA side's cells made it "0 beyond rounding").
    expect(month.figures.comparisons).toEqual([
      { source: 'ice-foia', periods: 11, beyondRounding: 6, worst: { period: '2019-06-01', theirs: 11_208, chosen: 11_260, chosenFrom: 'ohss-monthly', diff: -52, pct: -0.46 } },
      { source: 'ohss-monthly', periods: 36, beyondRounding: 0, worst: expect.objectContaining({ diff: 5 }) },
    ]);
    // Periods in words at the check's grain, numbers with their sign (before: "largest -52 (-0.46%) in 2019-06-01", and
    // "in 2015-10-01" for FY2016, which read as a day of October).
    expect(month.summary.en).toMatch(/^ice-foia vs ohss-monthly: 11 periods, 6 beyond rounding, largest -52 \(-0\.46%\) in June 2019; /);
    expect(month.summary.es).toMatch(/^ice-foia frente a ohss-monthly: 11 periodos, 6 más allá del redondeo, la mayor -52 \(-0\.46 %\) en junio de 2019; /);
    expect(fy.summary.en).toBe('ohss-monthly vs ice-foia: 3 periods, 0 beyond rounding, largest -4 (0%) in FY2016');
    expect(fy.summary.es).toBe('ohss-monthly frente a ice-foia: 3 periodos, 0 más allá del redondeo, la mayor -4 (0 %) en el año fiscal 2016');
  });
});
