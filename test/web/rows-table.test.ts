/**
 * A chart's CSV download on the dashboard (rowsTable, csvText) has the columns of /api/export's
 * CSV for the same rows, on the store loaded from the mirror. Before, it lacked the grain and a
 * stock's as_of: the Guard page's CSV gave 2021's 99,946 as "false,7,12", read as 7 of 12 months
 * of a sum, where the level is the one of July 2021.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvText } from '../../web/src/charts/download.js';
import { rowsTable } from '../../web/src/pages/rows-table.js';
import { mirrorApp, type App } from '../api/mirror-app.js';
import type { Store } from '../../src/store/open.js';
import { describeMirror } from '../mirror.js';

describeMirror("the dashboard's CSV of a chart is /api/export's CSV (store loaded from the mirror)", () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
  });
  afterAll(() => store?.close());

  for (const [what, q] of [
    ['a stock: the National Guard by year', 'measure=gn-deployed&grain=cy&from=2019&to=2021'],
    ['two Border Patrol sectors, labels with commas', 'measure=encounters&where=geography=USBP-BBT,USBP-DRT&grain=fy&from=FY2019&to=FY2020'],
  ] as const) {
    it(`${what}, in English and Spanish`, async () => {
      for (const lang of ['en', 'es']) {
        const series = await (await app.request(`/api/series?${q}&lang=${lang}`)).json();
        const file = await (await app.request(`/api/export?${q}&lang=${lang}&format=csv`)).text();
        expect(csvText(rowsTable(series.rows))).toBe(file);
      }
    });
  }
});
