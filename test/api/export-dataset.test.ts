/**
 * /api/export?dataset=SOURCE/TABLE: a published table as it is, on the store loaded from the mirror.
 * The Sources page offers each table as a download; it asked with the table's source alone, so the
 * best table of that source answered, another one for 17 of 135 tables: the download of OHSS's
 * "USBP encounters, top 100 citizenships" (Border Patrol only) gave the citizenship table of all
 * encounters (Border Patrol and OFO), and said it came from that other table.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/open.js';
import { rows } from '../../src/store/open.js';
import { call } from './fixture-store.js';
import { mirrorApp, type App } from './mirror-app.js';
import { describeMirror } from '../mirror.js';

describeMirror('/api/export of one published table (store loaded from the mirror)', () => {
  let store: Store;
  let app: App;
  beforeAll(async () => {
    ({ store, app } = await mirrorApp());
  });
  afterAll(() => store?.close());

  const Q = 'measure=encounters&where=geography=US-SWB&by=citizenship&grain=fy&from=FY2023&to=FY2023&format=csv';
  const lines = async (q: string) => (await (await app.request(`/api/export?${q}`)).text()).trim().split('\n').map((l) => l.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, '')));

  it("answers from the table asked, with its figures as stored; the source alone answers from the source's best table", async () => {
    const [head, ...body] = await lines(`${Q}&dataset=ohss-monthly/swb-usbp-encounters-top100-fy`);
    const col = (name: string) => head.indexOf(name);
    expect(new Set(body.map((r) => r[col('dataset')]))).toEqual(new Set(['ohss-monthly/swb-usbp-encounters-top100-fy']));
    expect(new Set(body.map((r) => r[col('component')]))).toEqual(new Set(['USBP']));
    const stored = await rows<{ citizenship: string; value: number | null; vintage_id: number }>(
      store.conn,
      `SELECT citizenship, value, vintage_id FROM observations WHERE dataset_id = 'ohss-monthly/swb-usbp-encounters-top100-fy' AND period = DATE '2022-10-01' AND citizenship <> 'ALL' AND vintage_id = (SELECT max(vintage_id) FROM observations WHERE dataset_id = 'ohss-monthly/swb-usbp-encounters-top100-fy') ORDER BY citizenship`,
    );
    expect(body.map((r) => [r[col('citizenship')], r[col('value')] === '' ? null : Number(r[col('value')])])).toEqual(stored.map((s) => [s.citizenship, s.value]));
    // The source alone: its citizenship table of every encounter, not the Border Patrol's.
    const [h2, ...bySource] = await lines(`${Q}&source=ohss-monthly`);
    expect(new Set(bySource.map((r) => r[h2.indexOf('dataset')]))).toEqual(new Set(['ohss-monthly/swb-encounters-citizenship-fy']));
  });

  it('refuses a table of another source, a table the source has not, and a text that is no table id, naming dataset, in English and Spanish', async () => {
    const other = await call(app, `/api/export?${Q}&dataset=cbp-sbo/sw-monthly&source=ohss-monthly&lang=es`);
    expect(other.status).toBe(400);
    expect(other.json.detail).toBe('dataset: la tabla cbp-sbo/sw-monthly es de la fuente cbp-sbo, no de ohss-monthly');
    const none = await call(app, `/api/export?${Q}&dataset=ohss-monthly/nope`);
    expect(none.status).toBe(400);
    expect(none.json.detail).toMatch(/^dataset: ohss-monthly has no table ohss-monthly\/nope of measure encounters; its tables of it: .*ohss-monthly\/swb-usbp-encounters-top100-fy/);
    const bad = await call(app, `/api/export?${Q}&dataset=nope`);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toBe('dataset: expected a table id, SOURCE/TABLE (see /api/coverage), found "nope"');
  });
});
